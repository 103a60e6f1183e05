using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Dialogs.Consensus;
using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Dialogs.Wiring;
using Coretet.Bot.Storage.Wiring;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Coretet.Bot.Dialogs;

public static class WiringRegistration
{
    /// <summary>The glue between capabilities (docs/wiring.md): principles and charter amendments through consensus,
    /// the chantier closing prompt, decision reviews. Call after the capabilities' own registrations.</summary>
    public static IServiceCollection AddWiring(this IServiceCollection services)
    {
        services.RemoveAll<IPrincipleRounds>();
        services.AddSingleton<IPrincipleRounds, ConsensusPrincipleRounds>();
        services.AddSingleton<IRoundOutcomeListener, PrincipleOutcomeListener>();
        services.AddSingleton<ICharterAmendmentStore, TableCharterAmendmentStore>();
        services.AddSingleton<Flow, CharterAmendmentFlow>();
        services.AddSingleton<IRoundOutcomeListener, CharterOutcomeListener>();
        services.AddSingleton<Chantiers.IChantierClosedListener, ChantierClosingPrompt>();
        return services;
    }
}
