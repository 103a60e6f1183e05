using System.Collections.Concurrent;
using Coretet.Bot.Dialogs.Consensus;

namespace Coretet.Bot.Dialogs.Tests.Consensus.Fakes;

/// <summary>Rounds in memory with versions, stored as data (like a table row) so no object is shared between reads.</summary>
internal sealed class InMemoryRoundStore : IRoundStore
{
    private readonly ConcurrentDictionary<string, (RoundData Data, int Version)> rounds = new();
    private readonly ConcurrentDictionary<string, int> numbers = new();

    public Task<int> AllocateNumberAsync(string allianceId, CancellationToken cancellationToken) =>
        Task.FromResult(numbers.AddOrUpdate(allianceId, 1, (_, n) => n + 1));

    public Task AddAsync(Round round, CancellationToken cancellationToken)
    {
        if (!rounds.TryAdd(round.Id, (round.ToData(), 1)))
            throw new InvalidOperationException("duplicate round");
        return Task.CompletedTask;
    }

    public Task<Versioned<Round>?> FindAsync(string allianceId, string roundId, CancellationToken cancellationToken) =>
        Task.FromResult(rounds.TryGetValue(roundId, out var e) && e.Data.AllianceId == allianceId ? Wrap(e) : null);

    public Task<Versioned<Round>?> FindByNumberAsync(string allianceId, int number, CancellationToken cancellationToken) =>
        Task.FromResult(rounds.Values.Where(e => e.Data.AllianceId == allianceId && e.Data.Number == number).Select(Wrap).FirstOrDefault());

    public Task<IReadOnlyList<Round>> ListAsync(string allianceId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Round>>(rounds.Values.Where(e => e.Data.AllianceId == allianceId).Select(e => Round.Restore(e.Data)).ToList());

    public Task<IReadOnlyList<Round>> ListOpenAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Round>>(rounds.Values.Where(e => e.Data.Status == RoundStatus.Open).Select(e => Round.Restore(e.Data)).ToList());

    public Task<bool> TryUpdateAsync(Round round, string version, CancellationToken cancellationToken)
    {
        var current = rounds[round.Id];
        var ok = current.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) == version
            && rounds.TryUpdate(round.Id, (round.ToData(), current.Version + 1), current);
        return Task.FromResult(ok);
    }

    private static Versioned<Round>? Wrap((RoundData Data, int Version) e) =>
        new(Round.Restore(e.Data), e.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
