using Azure;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Bench.Storage;

/// <summary>Counts the calls that reach a backend (one per operation, one per query page): the embedded store's round trips.</summary>
internal sealed class CountingTableClient(ITableClient inner) : ITableClient
{
    private long calls;

    public long Calls => Interlocked.Read(ref calls);

    public string Name => inner.Name;

    public Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default) => Count(inner.CreateIfNotExistsAsync(cancellationToken));

    public Task<Response> AddEntityAsync(TableEntity entity, CancellationToken cancellationToken = default) => Count(inner.AddEntityAsync(entity, cancellationToken));

    public Task<Response> UpsertEntityAsync(TableEntity entity, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default) =>
        Count(inner.UpsertEntityAsync(entity, mode, cancellationToken));

    public Task<Response> UpdateEntityAsync(TableEntity entity, ETag ifMatch, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default) =>
        Count(inner.UpdateEntityAsync(entity, ifMatch, mode, cancellationToken));

    public Task<Response> DeleteEntityAsync(string partitionKey, string rowKey, ETag ifMatch = default, CancellationToken cancellationToken = default) =>
        Count(inner.DeleteEntityAsync(partitionKey, rowKey, ifMatch, cancellationToken));

    public Task<Response<TableEntity>> GetEntityAsync(string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default) =>
        Count(inner.GetEntityAsync(partitionKey, rowKey, select, cancellationToken));

    public Task<NullableResponse<TableEntity>> GetEntityIfExistsAsync(string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default) =>
        Count(inner.GetEntityIfExistsAsync(partitionKey, rowKey, select, cancellationToken));

    public AsyncPageable<TableEntity> QueryAsync(string? filter = null, int? maxPerPage = null, IEnumerable<string>? select = null, CancellationToken cancellationToken = default) =>
        new CountedPages(inner.QueryAsync(filter, maxPerPage, select, cancellationToken), this);

    public Task<Response<IReadOnlyList<Response>>> SubmitTransactionAsync(IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken = default) =>
        Count(inner.SubmitTransactionAsync(actions, cancellationToken));

    private T Count<T>(T task)
    {
        Interlocked.Increment(ref calls);
        return task;
    }

    private sealed class CountedPages(AsyncPageable<TableEntity> inner, CountingTableClient owner) : AsyncPageable<TableEntity>
    {
        public override async IAsyncEnumerable<Page<TableEntity>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
        {
            await foreach (var page in inner.AsPages(continuationToken, pageSizeHint))
            {
                Interlocked.Increment(ref owner.calls);
                yield return page;
            }
        }
    }
}
