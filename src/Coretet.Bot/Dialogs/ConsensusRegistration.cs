using Coretet.Bot.Consensus;
using Coretet.Bot.Dialogs.Consensus;
using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Scheduling;
using Coretet.Bot.Storage.Consensus;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Coretet.Bot.Dialogs;

public static class ConsensusRegistration
{
    /// <summary>Consensus rounds: flow, services, table stores, and the invitation/reminder/deadline sweep. Section <c>Consensus</c>.</summary>
    public static IServiceCollection AddConsensus(this IServiceCollection services)
    {
        services.AddOptions<ConsensusOptions>().BindConfiguration(ConsensusOptions.Section);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ConsensusOptions>>().Value);
        services.TryAddSingleton(TimeProvider.System);
        // Factories rather than implementation types: the ports of other capabilities (ConsensusPorts) may not be
        // registered yet, and start-up validation must not fail for a capability that then stays inactive.
        Add<IRoundStore, TableRoundStore>(services);
        Add<IPositionStore, TablePositionStore>(services);
        services.AddSingleton<RoundSnapshots>();
        services.AddSingleton<RoundReads>();
        Add<RoundAudiences, RoundAudiences>(services);
        Add<RoundAccess, RoundAccess>(services);
        Add<ConsensusService, ConsensusService>(services);
        Add<PositionService, PositionService>(services);
        Add<DissentService, DissentService>(services);
        Add<AmendmentService, AmendmentService>(services);
        Add<RoundCloser, RoundCloser>(services);
        Add<ClosingActions, ClosingActions>(services);
        Add<RoundSweeper, RoundSweeper>(services);
        services.AddSingleton<Flow>(sp => ConsensusPorts.Available(sp) ? ActivatorUtilities.CreateInstance<ConsensusFlow>(sp) : new InactiveConsensusFlow());
        services.AddSweep<ConsensusSweep>();
        return services;
    }

    private static void Add<TService, TImplementation>(IServiceCollection services)
        where TService : class
        where TImplementation : class, TService =>
        services.AddSingleton<TService>(sp => ActivatorUtilities.CreateInstance<TImplementation>(sp));
}
