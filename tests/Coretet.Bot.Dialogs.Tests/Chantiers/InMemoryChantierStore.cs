using Coretet.Bot.Dialogs.Chantiers;

namespace Coretet.Bot.Dialogs.Tests.Chantiers;

/// <summary>In-memory <see cref="IChantierStore"/>: states are copied in and out, so callers never share an instance.</summary>
internal sealed class InMemoryChantierStore : IChantierStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<(string, int), ChantierState> states = [];

    public int Count
    {
        get
        {
            lock (gate)
                return states.Count;
        }
    }

    public Task<Chantier> AddAsync(string allianceId, Func<int, Chantier> open, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var existing = states.Where(s => s.Key.Item1 == allianceId).Select(s => Chantier.FromState(s.Value)).ToList();
            var chantier = open(existing.Count == 0 ? 1 : existing.Max(c => c.Number) + 1);
            chantier.EnsureNotDuplicateOf(existing);
            states[(allianceId, chantier.Number)] = chantier.ToState();
            return Task.FromResult(Chantier.FromState(chantier.ToState()));
        }
    }

    public Task<Chantier?> FindAsync(string allianceId, int number, CancellationToken cancellationToken)
    {
        lock (gate)
            return Task.FromResult(states.TryGetValue((allianceId, number), out var state) ? Chantier.FromState(state) : null);
    }

    public Task<IReadOnlyList<Chantier>> ListAsync(string allianceId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyList<Chantier> list = [.. states.Where(s => s.Key.Item1 == allianceId).OrderBy(s => s.Key.Item2).Select(s => Chantier.FromState(s.Value))];
            return Task.FromResult(list);
        }
    }

    public Task<Chantier?> UpdateAsync(string allianceId, int number, Action<Chantier> change, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (!states.TryGetValue((allianceId, number), out var state))
                return Task.FromResult<Chantier?>(null);
            var chantier = Chantier.FromState(state);
            change(chantier);
            states[(allianceId, number)] = chantier.ToState();
            return Task.FromResult<Chantier?>(Chantier.FromState(chantier.ToState()));
        }
    }
}
