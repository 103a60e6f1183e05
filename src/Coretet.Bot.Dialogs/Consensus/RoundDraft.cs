namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>What it takes to open a round (from the form, or from another capability through <see cref="ConsensusService.OpenAsync"/>).</summary>
public sealed record RoundDraft(string Question, RoundScope Scope, DateTimeOffset Deadline)
{
    public RoundSubject Subject { get; init; } = RoundSubject.Decision;

    /// <summary>Minimum number of (non-late) positions for a consensus.</summary>
    public int? Quorum { get; init; }

    /// <summary>When the decision should be looked at again in the light of experience.</summary>
    public DateOnly? ReviewDate { get; init; }
}
