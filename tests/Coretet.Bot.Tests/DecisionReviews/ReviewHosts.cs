using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Dialogs.Journal;
using Coretet.Bot.Tests.Consensus;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Coretet.Bot.Tests.DecisionReviews;

/// <summary>A second bot instance plays the same alliance as the scenario's (as two instances share one storage account).</summary>
internal static class ReviewHosts
{
    public static void ShareAlliance(IServiceCollection services, ConsensusAlliance alliance)
    {
        services.RemoveAll<IAllianceGate>();
        services.RemoveAll<IAllyDirectory>();
        services.RemoveAll<IChantierDirectory>();
        services.RemoveAll<IJournal>();
        services.AddSingleton<IAllianceGate>(alliance);
        services.AddSingleton<IAllyDirectory>(alliance);
        services.AddSingleton<IChantierDirectory>(alliance);
        services.AddSingleton<IJournal>(alliance);
    }
}
