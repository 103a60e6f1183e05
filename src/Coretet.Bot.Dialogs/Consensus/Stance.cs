namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>The five ways an ally can position themselves on a proposal (DESIGN.md §2).</summary>
public enum Stance
{
    /// <summary>J'adhère / I agree.</summary>
    Agree,

    /// <summary>J'adhère avec réserves / agree with reservations (reason required).</summary>
    Reservations,

    /// <summary>Je me mets en retrait / stand aside.</summary>
    StandAside,

    /// <summary>Avis divergent / divergent opinion (reason required).</summary>
    Divergent,

    /// <summary>Objection bloquante / blocking objection (reason required).</summary>
    Block,
}
