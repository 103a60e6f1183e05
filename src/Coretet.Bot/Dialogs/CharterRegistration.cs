using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Charter;
using Coretet.Bot.Dialogs.Journal;
using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Storage.Charter;

namespace Coretet.Bot.Dialogs;

public static class CharterRegistration
{
    /// <summary>The alliance and its charter: gate, ally directory, journal, charter service, their flows and table adapters.</summary>
    public static IServiceCollection AddCharter(this IServiceCollection services)
    {
        services.AddSingleton<IAllianceStore, TableAllianceStore>();
        services.AddSingleton<TableAllyStore>();
        services.AddSingleton<IAllyStore>(sp => sp.GetRequiredService<TableAllyStore>());
        services.AddSingleton<IAllyDirectory>(sp => sp.GetRequiredService<TableAllyStore>());
        services.AddSingleton<ICharterStore, TableCharterStore>();
        services.AddSingleton<ILinkCodeStore, TableLinkCodeStore>();
        services.AddSingleton<IJournal, TableJournal>();
        services.AddSingleton<AllianceGate>();
        services.AddSingleton<IAllianceGate>(sp => sp.GetRequiredService<AllianceGate>());
        services.AddSingleton<AllianceService>();
        services.AddSingleton<CharterService>();
        services.AddSingleton<Flow, AllianceFlow>();
        services.AddSingleton<Flow, CharterFlow>();
        services.AddSingleton<Flow, AlliesFlow>();
        return services;
    }
}
