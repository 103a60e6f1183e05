using System.Collections.Concurrent;

namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>
/// The freshest snapshot of each round seen by this instance. A burst of positions produces many refreshes of the
/// round card that the host coalesces; each refresh renders from here, and a snapshot only replaces one whose read
/// started earlier. The read that started last started after every write before it completed, so the card that is
/// finally shown has the exact tally.
/// </summary>
public sealed class RoundSnapshots
{
    private readonly ConcurrentDictionary<string, (long Sequence, RoundSnapshot Snapshot)> latest = new(StringComparer.Ordinal);
    private long sequence;

    /// <summary>Take a ticket before reading the positions.</summary>
    public long Ticket() => Interlocked.Increment(ref sequence);

    /// <summary>Offer what was read with <paramref name="ticket"/>; kept only if no later read was offered.</summary>
    public void Offer(long ticket, RoundSnapshot snapshot) =>
        latest.AddOrUpdate(snapshot.Round.Id, (ticket, snapshot), (_, current) => current.Sequence > ticket ? current : (ticket, snapshot));

    public RoundSnapshot Latest(RoundSnapshot fallback) =>
        latest.TryGetValue(fallback.Round.Id, out var entry) ? entry.Snapshot : fallback;

    // REVIEW: entries of closed rounds stay until restart (one small record per round).
}
