namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>
/// Shares the reads of one round's state (the round and all its positions) between concurrent callers. Each caller
/// gets a read that started after it asked, so it sees its own write; while a read runs, every new caller joins the
/// single next read. A burst of 1,000 positions thus costs a handful of partition reads instead of 1,000.
/// </summary>
public sealed class RoundReads
{
    private readonly Dictionary<string, Gate> gates = new(StringComparer.Ordinal);

    public Task<(Round Round, IReadOnlyList<Position> Positions)> ReadAsync(string roundId, Func<Task<(Round, IReadOnlyList<Position>)>> read)
    {
        lock (gates)
        {
            if (!gates.TryGetValue(roundId, out var gate))
                gates[roundId] = gate = new Gate();
            if (gate.Running is null)
                return gate.Running = RunAsync(roundId, gate, read, after: null);
            return gate.Next ??= RunAsync(roundId, gate, read, after: gate.Running);
        }
    }

    private async Task<(Round, IReadOnlyList<Position>)> RunAsync(string roundId, Gate gate, Func<Task<(Round, IReadOnlyList<Position>)>> read, Task? after)
    {
        if (after is null)
            await Task.Yield();
        else
            await after.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        Task<(Round, IReadOnlyList<Position>)>? self;
        lock (gates)
        {
            if (after is not null)
                (gate.Running, gate.Next) = (gate.Next, null);
            self = gate.Running;
        }

        try
        {
            return await read();
        }
        finally
        {
            lock (gates)
            {
                if (gate.Running == self)
                {
                    gate.Running = null;
                    if (gate.Next is null)
                        gates.Remove(roundId);
                }
            }
        }
    }

    private sealed class Gate
    {
        public Task<(Round, IReadOnlyList<Position>)>? Running { get; set; }

        public Task<(Round, IReadOnlyList<Position>)>? Next { get; set; }
    }
}
