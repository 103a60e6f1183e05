using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Dialogs.Journal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Coretet.Bot.Tests.Slack.Support;

/// <summary>Replaces the alliance side (gate, ally and chantier directories, journal) with one test fake.</summary>
internal static class FakeAllianceServices
{
    public static void UseFakeAlliance<T>(this IServiceCollection services, T alliance)
        where T : class, IAllianceGate, IAllyDirectory, IChantierDirectory, IJournal
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
