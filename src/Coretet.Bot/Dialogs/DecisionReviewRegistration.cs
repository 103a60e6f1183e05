using Coretet.Bot.Dialogs.Consensus;
using Coretet.Bot.Dialogs.DecisionReviews;
using Coretet.Bot.Scheduling;
using Coretet.Bot.Scheduling.DecisionReviews;
using Coretet.Bot.Storage.DecisionReviews;
using Microsoft.Extensions.Options;

namespace Coretet.Bot.Dialogs;

public static class DecisionReviewRegistration
{
    /// <summary>Decision reviews (docs/consensus.md): the outcome listener, the table, the sweep and the record section. Section <c>DecisionReviews</c>.</summary>
    public static IServiceCollection AddDecisionReviews(this IServiceCollection services)
    {
        services.AddOptions<DecisionReviewOptions>().BindConfiguration(DecisionReviewOptions.Section);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<DecisionReviewOptions>>().Value);
        services.AddSingleton<IDecisionReviewStore, TableDecisionReviewStore>();
        services.AddSingleton<IRoundOutcomeListener, DecisionReviewListener>();
        services.AddSingleton<IRoundRecordSection, DecisionReviewRecord>();
        // A factory: its consensus and capture ports are resolved only when the sweep finds them registered.
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<DecisionReviewSender>(sp));
        services.AddSweep<DecisionReviewSweep>();
        return services;
    }
}
