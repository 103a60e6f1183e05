namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>
/// Counts of the positions of a round. Late positions (after the deadline or closing) are counted apart and never
/// change the outcome; positions given on an older revision still count (their authors are invited to re-confirm).
/// </summary>
public sealed record Tally(IReadOnlyDictionary<Stance, int> Counts, int Late, int OnOlderRevision)
{
    public static readonly Tally Empty = From([], 1);

    public int Total => Counts.Values.Sum();

    public int this[Stance stance] => Counts.TryGetValue(stance, out var n) ? n : 0;

    public int Dissent => this[Stance.Reservations] + this[Stance.Divergent];

    public int Blocks => this[Stance.Block];

    public static Tally From(IEnumerable<Position> positions, int currentRevision)
    {
        var counts = new int[Stances.All.Count];
        int late = 0, older = 0;
        foreach (var position in positions)
        {
            if (position.Late)
            {
                late++;
                continue;
            }

            counts[(int)position.Stance]++;
            if (position.RevisionNumber < currentRevision)
                older++;
        }

        return new Tally(Stances.All.ToDictionary(s => s, s => counts[(int)s]), late, older);
    }

    /// <summary>The outcome these counts give (before any arbitration).</summary>
    public OutcomeKind Decide(int? quorum) =>
        Blocks > 0 || !QuorumMet(quorum) ? OutcomeKind.NoConsensus
        : Dissent > 0 ? OutcomeKind.ConsensusWithDissent
        : OutcomeKind.Consensus;

    /// <summary>Without an explicit quorum at least one position is needed: nobody deciding is not a consensus.</summary>
    public bool QuorumMet(int? quorum) => Total >= Math.Max(1, quorum ?? 1);
}
