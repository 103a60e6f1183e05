using Coretet.Bot.Dialogs.Routing;

namespace Coretet.Bot.Dialogs;

public static class DialogsServiceCollectionExtensions
{
    /// <summary>The router and every capability's flows. Register a flow with <c>services.AddSingleton&lt;Flow, XxxFlow&gt;()</c>.</summary>
    public static IServiceCollection AddDialogs(this IServiceCollection services)
    {
        services.AddSingleton<DialogRouter>();
        services.AddCharter();
        services.AddChantiers();
        services.AddCapture();
        services.AddConsensus();
        services.AddWiring();
        services.AddDecisionReviews();
        return services;
    }
}
