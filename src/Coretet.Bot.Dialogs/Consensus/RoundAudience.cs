using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Chantiers;

namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>
/// The people of a round's scope: the allies who may take a position (active allies, and for a chantier round only
/// its members), and those who answer dissent and may close early besides the initiator (chantier animators, or the
/// facilitators for an alliance-wide round).
/// </summary>
public sealed record RoundAudience(IReadOnlyList<Ally> Allies, IReadOnlySet<string> Animators, ChantierSummary? Chantier)
{
    public bool Includes(string allyId) => Allies.Any(a => a.Id == allyId);

    /// <summary>May answer dissent, amend is the initiator's alone; closing early: initiator or animators.</summary>
    public bool Manages(Round round, string allyId) => round.IsInitiator(allyId) || Animators.Contains(allyId);
}
