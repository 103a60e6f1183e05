using Coretet.Bot.Consensus;
using Coretet.Bot.Dialogs.DecisionReviews;

namespace Coretet.Bot.Scheduling.DecisionReviews;

/// <summary>
/// Sends the decision reviews that are due, in every instance (each ally's prompt and the journal entry are claimed,
/// see <see cref="DecisionReviewSender"/>). Resolved when it runs, so a missing port idles this sweep only.
/// </summary>
internal sealed class DecisionReviewSweep(IServiceProvider services, DecisionReviewOptions options) : ISweep
{
    public string Name => "decision.reviews";

    public TimeSpan Interval => TimeSpan.FromSeconds(Math.Max(1, options.SweepSeconds));

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!ConsensusPorts.Available(services))
            return;
        await services.GetRequiredService<DecisionReviewSender>().RunAsync(cancellationToken);
    }
}
