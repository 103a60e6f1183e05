using System.Collections.Concurrent;
using Coretet.Bot.Dialogs.Charter;

namespace Coretet.Bot.Dialogs.Tests.Charter.Fakes;

internal sealed class InMemoryCharterStore : ICharterStore
{
    private readonly ConcurrentDictionary<(string, int), CharterVersion> versions = new();

    public Task<CharterVersion?> FindCurrentAsync(string allianceId, CancellationToken cancellationToken) =>
        Task.FromResult(versions.Values.Where(v => v.AllianceId == allianceId).MaxBy(v => v.Number));

    public Task<CharterVersion?> FindAsync(string allianceId, int number, CancellationToken cancellationToken) =>
        Task.FromResult(versions.TryGetValue((allianceId, number), out var v) ? v : null);

    public Task<bool> TryAddAsync(CharterVersion version, CancellationToken cancellationToken) =>
        Task.FromResult(versions.TryAdd((version.AllianceId, version.Number), version));
}
