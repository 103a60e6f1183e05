namespace Coretet.Bot.Channels;

/// <summary>
/// Coalesces refreshes per card key: while one refresh of a key runs, later ones only replace the pending render;
/// the running loop applies the latest once more and stops. A burst of N refreshes gives at most two passes over
/// the postings, and every caller returns once a pass that includes its render has finished.
/// </summary>
public sealed class CardRefreshCoalescer
{
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public Task RefreshAsync<T>(string key, T render, Func<T, Task> apply)
    {
        lock (entries)
        {
            if (!entries.TryGetValue(key, out var entry))
                entries[key] = entry = new Entry();
            entry.Latest = render;
            entry.Version++;
            entry.Running ??= RunAsync(key, entry, latest => apply((T)latest!));
            return entry.Running;
        }
    }

    private async Task RunAsync(string key, Entry entry, Func<object?, Task> apply)
    {
        await Task.Yield();
        try
        {
            await LoopAsync(key, entry, apply);
        }
        catch
        {
            lock (entries)
                entries.Remove(key);
            throw;
        }
    }

    private async Task LoopAsync(string key, Entry entry, Func<object?, Task> apply)
    {
        while (true)
        {
            object? render;
            long version;
            lock (entries)
            {
                if (entry.Applied == entry.Version)
                {
                    entries.Remove(key);
                    return;
                }

                render = entry.Latest;
                version = entry.Version;
            }

            try
            {
                await apply(render);
            }
            finally
            {
                lock (entries)
                    entry.Applied = version;
            }
        }
    }

    private sealed class Entry
    {
        public object? Latest { get; set; }

        public long Version { get; set; }

        public long Applied { get; set; }

        public Task? Running { get; set; }
    }
}
