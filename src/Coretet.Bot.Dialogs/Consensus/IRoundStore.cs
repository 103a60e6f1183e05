namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>Storage port for rounds (one entity per round; ETag optimistic concurrency on amend/close/arbitrate).</summary>
public interface IRoundStore
{
    /// <summary>The next short round number of the alliance (1, 2, 3...); never the same twice.</summary>
    Task<int> AllocateNumberAsync(string allianceId, CancellationToken cancellationToken);

    Task AddAsync(Round round, CancellationToken cancellationToken);

    Task<Versioned<Round>?> FindAsync(string allianceId, string roundId, CancellationToken cancellationToken);

    Task<Versioned<Round>?> FindByNumberAsync(string allianceId, int number, CancellationToken cancellationToken);

    /// <summary>Every round of the alliance, open and closed.</summary>
    Task<IReadOnlyList<Round>> ListAsync(string allianceId, CancellationToken cancellationToken);

    /// <summary>Open rounds of every alliance (deadlines and reminders).</summary>
    Task<IReadOnlyList<Round>> ListOpenAsync(CancellationToken cancellationToken);

    /// <summary>Writes <paramref name="round"/> if it is still at <paramref name="version"/>; false when someone changed it since.</summary>
    Task<bool> TryUpdateAsync(Round round, string version, CancellationToken cancellationToken);
}
