using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Files;

/// <summary>
/// Files behind download links, in the <c>Files</c> table: partition = SHA-256 of the link token; row <c>meta</c>
/// describes the file; rows <c>chunk-00000</c>… hold the content, 14 binary properties of at most 64 KiB each
/// (under the 1 MiB entity limit). Chunks are written before the meta row, so a half-written file is never served.
/// Any instance sharing the storage account can serve any link.
/// </summary>
public sealed class TableFileStore(TableStore store)
{
    public const string TableName = "Files";
    public const string MetaRow = "meta";
    public const int PropertiesPerChunk = 14;
    public const int ChunkBytes = PropertiesPerChunk * TableLimits.MaxBinaryBytes;

    public async Task SaveAsync(string tokenHash, StoredFile file, byte[] content, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken);
        for (var index = 0; index < file.Chunks; index++)
        {
            var start = index * ChunkBytes;
            await table.UpsertEntityAsync(ChunkEntity(tokenHash, index, content.AsSpan(start, Math.Min(ChunkBytes, content.Length - start))), TableUpdateMode.Replace, cancellationToken);
        }

        await table.AddEntityAsync(MetaEntity(tokenHash, file), cancellationToken);
    }

    public async Task<StoredFile?> FindAsync(string tokenHash, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken);
        var entity = await table.FindAsync(tokenHash, MetaRow, cancellationToken);
        return entity is null ? null : ToFile(entity);
    }

    /// <summary>Records the first browser that opens the link; returns the browser hash that owns it afterwards.</summary>
    public async Task<string?> BindBrowserAsync(string tokenHash, string browserHash, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken);
        var entity = await table.ReadModifyWriteAsync(tokenHash, MetaRow, current =>
        {
            if (current is null || current.GetString("BrowserHash") is not null)
                return null;
            var next = new TableEntity();
            foreach (var (name, value) in current)
                next[name] = value;
            next["BrowserHash"] = browserHash;
            return next;
        }, cancellationToken);
        return entity?.GetString("BrowserHash");
    }

    /// <summary>The content, chunk by chunk in order; null for a chunk that is gone (the file was cleaned up meanwhile).</summary>
    public async IAsyncEnumerable<ReadOnlyMemory<byte>?> ReadAsync(string tokenHash, StoredFile file, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken);
        for (var index = 0; index < file.Chunks; index++)
        {
            var chunk = await table.FindAsync(tokenHash, ChunkRow(index), cancellationToken);
            if (chunk is null)
            {
                yield return null;
                yield break;
            }

            for (var part = 0; part < PropertiesPerChunk && chunk.GetBinary($"D{part}") is { } bytes; part++)
                yield return bytes;
        }
    }

    public async Task DeleteAsync(string tokenHash, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken);
        await table.DeleteEntityAsync(tokenHash, MetaRow, cancellationToken: cancellationToken);
        await foreach (var row in table.QueryAsync(TableFilter.PartitionKey(tokenHash), select: ["RowKey"], cancellationToken: cancellationToken))
            await table.DeleteEntityAsync(tokenHash, row.RowKey, cancellationToken: cancellationToken);
    }

    /// <summary>Token hashes of files whose links expired before <paramref name="now"/>.</summary>
    public async Task<IReadOnlyList<string>> ListExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken);
        var filter = TableFilter.And(TableFilter.Equal("RowKey", MetaRow), TableFilter.LessThanOrEqual("ExpiresAt", now));
        var expired = new List<string>();
        await foreach (var row in table.QueryAsync(filter, select: ["PartitionKey"], cancellationToken: cancellationToken))
            expired.Add(row.PartitionKey);
        return expired;
    }

    public static int ChunkCount(long size) => (int)((size + ChunkBytes - 1) / ChunkBytes);

    private static string ChunkRow(int index) => $"chunk-{index:D5}";

    private static TableEntity ChunkEntity(string tokenHash, int index, ReadOnlySpan<byte> content)
    {
        var entity = new TableEntity(tokenHash, ChunkRow(index));
        for (var part = 0; part * TableLimits.MaxBinaryBytes < content.Length; part++)
        {
            var start = part * TableLimits.MaxBinaryBytes;
            entity[$"D{part}"] = content.Slice(start, Math.Min(TableLimits.MaxBinaryBytes, content.Length - start)).ToArray();
        }

        return entity;
    }

    private static TableEntity MetaEntity(string tokenHash, StoredFile file) => new(tokenHash, MetaRow)
    {
        ["FileName"] = file.FileName,
        ["ContentType"] = file.ContentType,
        ["Size"] = file.Size,
        ["Chunks"] = file.Chunks,
        ["UserKey"] = file.UserKey,
        ["CreatedAt"] = file.CreatedAt,
        ["ExpiresAt"] = file.ExpiresAt,
    };

    private static StoredFile ToFile(TableEntity entity) => new(
        entity.RequireString("FileName"),
        entity.RequireString("ContentType"),
        entity.GetInt64("Size") ?? 0,
        entity.GetInt32("Chunks") ?? 0,
        entity.RequireString("UserKey"),
        entity.RequireDateTimeOffset("CreatedAt"),
        entity.RequireDateTimeOffset("ExpiresAt"))
    {
        BrowserHash = entity.GetString("BrowserHash"),
    };
}
