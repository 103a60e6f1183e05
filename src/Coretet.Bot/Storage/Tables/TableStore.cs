using System.Collections.Concurrent;

namespace Coretet.Bot.Storage.Tables;

/// <summary>
/// What feature adapters inject: <see cref="GetTableAsync"/> hands out a table, created on first use and then
/// cached (one create request per table per process). The operations on it are <see cref="ITableClient"/>'s,
/// plus <see cref="TableClientExtensions"/> (find, try-add, read-modify-write with ETag retries).
/// </summary>
public sealed class TableStore(ITableServiceClient service)
{
    private readonly ConcurrentDictionary<string, Task<ITableClient>> tables = new(StringComparer.OrdinalIgnoreCase);

    public string Description => service.Description;

    public async Task<ITableClient> GetTableAsync(string tableName, CancellationToken cancellationToken = default)
    {
        var creation = tables.GetOrAdd(tableName, name => CreateAsync(name));
        try
        {
            return await creation.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch when (creation.IsFaulted || creation.IsCanceled)
        {
            // Not cached: the next call tries again (the store may be back).
            tables.TryRemove(new KeyValuePair<string, Task<ITableClient>>(tableName, creation));
            throw;
        }
    }

    private async Task<ITableClient> CreateAsync(string tableName)
    {
        var table = service.GetTableClient(tableName);
        await table.CreateIfNotExistsAsync(CancellationToken.None).ConfigureAwait(false);
        return table;
    }
}
