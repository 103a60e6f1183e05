using System.Collections.Concurrent;
using Coretet.Bot.Dialogs.Consensus;

namespace Coretet.Bot.Dialogs.Tests.Consensus.Fakes;

/// <summary>One entry per (round, ally) with a version: insert conflicts and stale updates fail like Table Storage.</summary>
internal sealed class InMemoryPositionStore : IPositionStore
{
    private readonly ConcurrentDictionary<(string Round, string Ally), (PositionData Data, int Version)> positions = new();

    public int Writes;

    public Task<Versioned<Position>?> FindAsync(string roundId, string allyId, CancellationToken cancellationToken) =>
        Task.FromResult(positions.TryGetValue((roundId, allyId), out var e)
            ? new Versioned<Position>(Position.Restore(e.Data), e.Version.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : null);

    public Task<IReadOnlyList<Position>> ListAsync(string roundId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Position>>(positions.Where(p => p.Key.Round == roundId).Select(p => Position.Restore(p.Value.Data)).ToList());

    public async Task<bool> TryAddAsync(Position position, CancellationToken cancellationToken)
    {
        await Task.Yield();
        Interlocked.Increment(ref Writes);
        return positions.TryAdd((position.RoundId, position.AllyId), (position.ToData(), 1));
    }

    public async Task<bool> TryUpdateAsync(Position position, string version, CancellationToken cancellationToken)
    {
        await Task.Yield();
        Interlocked.Increment(ref Writes);
        var key = (position.RoundId, position.AllyId);
        var current = positions[key];
        return current.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) == version
            && positions.TryUpdate(key, (position.ToData(), current.Version + 1), current);
    }

    public int Count(string roundId) => positions.Keys.Count(k => k.Round == roundId);
}
