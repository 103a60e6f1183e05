using Azure;

namespace Coretet.Bot.Storage.Tables;

/// <summary>
/// One table. The surface mirrors Azure.Data.Tables' TableClient so that swapping in the SDK later is one adapter.
/// Failures throw <see cref="RequestFailedException"/> with the service's status and error code
/// (409 EntityAlreadyExists, 412 UpdateConditionNotSatisfied, 404 ResourceNotFound...), whatever the backend.
/// </summary>
public interface ITableClient
{
    string Name { get; }

    Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default);

    Task<Response> AddEntityAsync(TableEntity entity, CancellationToken cancellationToken = default);

    Task<Response> UpsertEntityAsync(TableEntity entity, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default);

    /// <summary>Update with <paramref name="ifMatch"/> (412 when stale); <see cref="ETag.All"/> for unconditional.</summary>
    Task<Response> UpdateEntityAsync(TableEntity entity, ETag ifMatch, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default);

    /// <summary>Delete; a missing entity is not an error. <paramref name="ifMatch"/> default means unconditional.</summary>
    Task<Response> DeleteEntityAsync(string partitionKey, string rowKey, ETag ifMatch = default, CancellationToken cancellationToken = default);

    Task<Response<TableEntity>> GetEntityAsync(string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default);

    Task<NullableResponse<TableEntity>> GetEntityIfExistsAsync(string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default);

    /// <summary>Query with an OData filter built by <see cref="TableFilter"/>; pages follow continuation tokens.</summary>
    AsyncPageable<TableEntity> QueryAsync(string? filter = null, int? maxPerPage = null, IEnumerable<string>? select = null, CancellationToken cancellationToken = default);

    /// <summary>Atomic: all operations apply or none. One partition, at most 100 operations.</summary>
    Task<Response<IReadOnlyList<Response>>> SubmitTransactionAsync(IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken = default);
}
