namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>A round with its positions as read at one moment: what cards and records are rendered from.</summary>
public sealed record RoundSnapshot(Round Round, IReadOnlyList<Position> Positions, string? ChantierTitle)
{
    public Tally Tally { get; } = Tally.From(Positions, Round.Current.Number);

    public IEnumerable<Position> Dissent => Positions.Where(p => p.IsDissent).OrderBy(p => p.Late).ThenBy(p => p.At);

    public Position? Of(string allyId) => Positions.FirstOrDefault(p => p.AllyId == allyId);
}
