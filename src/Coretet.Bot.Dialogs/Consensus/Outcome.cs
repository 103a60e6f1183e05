namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>
/// How a round ended. <see cref="Computed"/> is what the positions gave at closing; <see cref="Kind"/> is the same
/// unless a facilitator arbitrated (then <see cref="Statement"/> says what was decided and why).
/// </summary>
public sealed record Outcome(OutcomeKind Kind, OutcomeKind Computed, DateTimeOffset ClosedAt, string ClosedBy, Tally Tally)
{
    /// <summary>Closed by the initiator or an animator before the deadline.</summary>
    public bool Early { get; init; }

    public bool QuorumMet { get; init; } = true;

    public string? Statement { get; init; }

    public string? ArbitratedBy { get; init; }

    public DateTimeOffset? ArbitratedAt { get; init; }

    /// <summary>For an arbitration: whether the facilitator adopted the proposal or set it aside.</summary>
    public bool ArbitrationAdopts { get; init; }

    /// <summary>Consensus with or without recorded dissent, or an arbitration that adopts: the decision is adopted.</summary>
    public bool IsAdopted => Kind is OutcomeKind.Consensus or OutcomeKind.ConsensusWithDissent
        || (Kind == OutcomeKind.Arbitration && ArbitrationAdopts);
}
