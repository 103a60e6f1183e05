namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>What a round decides, so the capability that owns the subject can act on the outcome.</summary>
public enum RoundSubjectKind
{
    /// <summary>A free decision of the alliance or a chantier.</summary>
    Decision,

    /// <summary>A new charter version (subject id: the draft version the charter capability holds).</summary>
    CharterAmendment,

    /// <summary>A guiding principle drawn from experience (subject id: the principle).</summary>
    Principle,
}
