using Coretet.Bot.Scheduling;
using Microsoft.Extensions.Options;

namespace Coretet.Bot.Files;

/// <summary>Deletes files whose links expired. Idempotent: two instances deleting the same file is harmless.</summary>
public sealed class FileCleanupSweep(TableFileStore store, IOptions<FileLinkOptions> options, TimeProvider time) : ISweep
{
    public string Name => "files.cleanup";

    public TimeSpan Interval => options.Value.CleanupInterval;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var hash in await store.ListExpiredAsync(time.GetUtcNow(), cancellationToken))
            await store.DeleteAsync(hash, cancellationToken);
    }
}
