using System.Collections.Concurrent;
using Coretet.Bot.Dialogs.Alliances;

namespace Coretet.Bot.Dialogs.Tests.Charter.Fakes;

internal sealed class InMemoryAllyStore : IAllyStore
{
    private readonly ConcurrentDictionary<(string, string), Ally> allies = new();
    private readonly Lock gate = new();

    public int Writes { get; private set; }

    public Task<Ally?> FindAsync(string allianceId, string allyId, CancellationToken cancellationToken) =>
        Task.FromResult(allies.TryGetValue((allianceId, allyId), out var a) ? a : null);

    public Task<IReadOnlyList<Ally>> ListAsync(string allianceId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Ally>>(allies.Values.Where(a => a.AllianceId == allianceId).ToList());

    public Task<Ally?> ChangeAsync(string allianceId, string allyId, Func<Ally?, Ally?> change, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            allies.TryGetValue((allianceId, allyId), out var current);
            var next = change(current);
            if (next is null || ReferenceEquals(next, current))
                return Task.FromResult(current);
            allies[(allianceId, allyId)] = next;
            Writes++;
            return Task.FromResult<Ally?>(next);
        }
    }
}
