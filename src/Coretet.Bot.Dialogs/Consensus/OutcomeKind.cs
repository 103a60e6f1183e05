namespace Coretet.Bot.Dialogs.Consensus;

public enum OutcomeKind
{
    /// <summary>No open block, quorum met, no dissent.</summary>
    Consensus,

    /// <summary>No open block, quorum met, some reservations or divergent opinions: they stay attached to the decision.</summary>
    ConsensusWithDissent,

    /// <summary>Open blocks, or quorum not met.</summary>
    NoConsensus,

    /// <summary>A facilitator decided explicitly after no consensus; the blocks stay in the record.</summary>
    Arbitration,
}
