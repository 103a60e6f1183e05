namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>Storage port for positions: one entity per (round, ally), partition = the round.</summary>
public interface IPositionStore
{
    Task<Versioned<Position>?> FindAsync(string roundId, string allyId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Position>> ListAsync(string roundId, CancellationToken cancellationToken);

    /// <summary>Inserts the ally's first position; false when they already have one (a concurrent click won).</summary>
    Task<bool> TryAddAsync(Position position, CancellationToken cancellationToken);

    /// <summary>Writes <paramref name="position"/> if it is still at <paramref name="version"/>; false when changed since.</summary>
    Task<bool> TryUpdateAsync(Position position, string version, CancellationToken cancellationToken);
}
