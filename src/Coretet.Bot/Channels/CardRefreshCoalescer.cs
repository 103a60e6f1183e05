namespace Coretet.Bot.Channels;

/// <summary>
/// Coalesces refreshes per card key: while one refresh of a key runs, later ones only replace the pending render;
/// the running loop applies the latest once more, and so on until no render is pending. A burst of N refreshes
/// gives at most two passes over the postings. Each caller returns as soon as a pass that includes its render has
/// finished, not when the loop stops: under a steady stream of clicks on one card (each pass paced by Teams'
/// per-conversation limit) the loop may run for as long as the stream lasts, and a turn must not wait for all of it.
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
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            entry.Waiting.Add((entry.Version, done));
            entry.Running ??= RunAsync(key, entry, latest => apply((T)latest!));
            return done.Task;
        }
    }

    private async Task RunAsync(string key, Entry entry, Func<object?, Task> apply)
    {
        await Task.Yield();
        try
        {
            await LoopAsync(key, entry, apply);
        }
        catch (Exception ex)
        {
            // The loop stops: every caller still waiting gets the failure, and the key starts afresh next time.
            lock (entries)
            {
                entries.Remove(key);
                Release(entry, long.MaxValue, ex);
            }
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

            await apply(render);
            lock (entries)
            {
                entry.Applied = version;
                Release(entry, version, null);
            }
        }
    }

    /// <summary>Completes the callers whose render is in the pass of <paramref name="version"/> (the lock is held).</summary>
    private static void Release(Entry entry, long version, Exception? failure)
    {
        foreach (var (_, done) in entry.Waiting.Where(w => w.Version <= version))
        {
            if (failure is null)
                done.TrySetResult();
            else
                done.TrySetException(failure);
        }

        entry.Waiting.RemoveAll(w => w.Version <= version);
    }

    private sealed class Entry
    {
        public object? Latest { get; set; }

        public long Version { get; set; }

        public long Applied { get; set; }

        public Task? Running { get; set; }

        public List<(long Version, TaskCompletionSource Done)> Waiting { get; } = [];
    }
}
