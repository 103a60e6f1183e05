using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Dialogs.Claims;
using Coretet.Bot.Dialogs.Journal;

namespace Coretet.Bot.Consensus;

/// <summary>
/// The ports consensus needs from other capabilities (the charter's gate, directory and journal, the chantiers'
/// directory, the storage's claims). Until all are registered the capability stays inactive instead of breaking the
/// router and the host's start-up.
/// </summary>
internal static class ConsensusPorts
{
    public static bool Available(IServiceProvider services) =>
        services.GetService<IAllianceGate>() is not null
        && services.GetService<IAllyDirectory>() is not null
        && services.GetService<IChantierDirectory>() is not null
        && services.GetService<IJournal>() is not null
        && services.GetService<IClaimStore>() is not null;
}
