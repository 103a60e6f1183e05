namespace Coretet.Bot.Channels.BotFramework.Outbound;

/// <summary>
/// Keeps writes to one conversation under the Teams per-thread limits (7 per 1 s, 8 per 2 s, 60 per 30 s; fact
/// sheet §5). Each call reserves the earliest slot that respects every window, then waits for it.
/// </summary>
public sealed class ConversationRateLimiter(TimeProvider time)
{
    private static readonly (int Count, TimeSpan Window)[] Limits =
    [
        (6, TimeSpan.FromSeconds(1)),
        (8, TimeSpan.FromSeconds(2)),
        (60, TimeSpan.FromSeconds(30)),
    ];

    private static readonly TimeSpan Longest = TimeSpan.FromSeconds(30);

    private readonly Dictionary<string, List<DateTimeOffset>> slots = new(StringComparer.Ordinal);

    public async Task WaitAsync(string conversationId, CancellationToken cancellationToken)
    {
        var delay = Reserve(conversationId) - time.GetUtcNow();
        if (delay > TimeSpan.Zero)
            await Task.Delay(delay, time, cancellationToken);
    }

    /// <summary>The time of the reserved slot. Visible for tests.</summary>
    internal DateTimeOffset Reserve(string conversationId)
    {
        lock (slots)
        {
            var now = time.GetUtcNow();
            if (slots.Count > 10_000)
                Sweep(now);
            if (!slots.TryGetValue(conversationId, out var taken))
                slots[conversationId] = taken = [];
            taken.RemoveAll(t => t <= now - Longest);
            var slot = now;
            foreach (var (count, window) in Limits)
            {
                // The count-th most recent slot must be at least a window before the new one.
                if (taken.Count >= count)
                    slot = Max(slot, taken[^count] + window);
            }

            taken.Add(slot);
            return slot;
        }
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var key in slots.Where(s => s.Value.Count == 0 || s.Value[^1] <= now - Longest).Select(s => s.Key).ToList())
            slots.Remove(key);
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
