using Azure;
using Coretet.Bot.Storage.Tables;
using Microsoft.Data.Sqlite;

namespace Coretet.Bot.Storage.Embedded;

/// <summary>One table of the embedded store, with the service's semantics (ETags, 404/409/412, merge/replace, paging, atomic transactions).</summary>
internal sealed class EmbeddedTableClient(EmbeddedDatabase database, string name, TimeProvider clock) : ITableClient
{
    private const int MaxPageSize = 1000;
    private readonly string key = name.ToLowerInvariant();

    public string Name => name;

    public Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default) =>
        database.WriteAsync(c => { database.CreateTable(c, key); return 0; }, cancellationToken);

    public Task<Response> AddEntityAsync(TableEntity entity, CancellationToken cancellationToken = default)
    {
        TableLimits.ValidateEntity(entity);
        return database.WriteAsync(c => Add(c, entity), cancellationToken);
    }

    public Task<Response> UpsertEntityAsync(TableEntity entity, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default)
    {
        TableLimits.ValidateEntity(entity);
        return database.WriteAsync(c => Upsert(c, entity, mode), cancellationToken);
    }

    public Task<Response> UpdateEntityAsync(TableEntity entity, ETag ifMatch, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default)
    {
        if (ifMatch == default)
            throw new ArgumentException("UpdateEntity needs an ETag: the entity's, or ETag.All for an unconditional update.", nameof(ifMatch));
        TableLimits.ValidateEntity(entity);
        return database.WriteAsync(c => Update(c, entity, ifMatch, mode), cancellationToken);
    }

    public async Task<Response> DeleteEntityAsync(string partitionKey, string rowKey, ETag ifMatch = default, CancellationToken cancellationToken = default)
    {
        TableLimits.ValidateKey(partitionKey, "PartitionKey");
        TableLimits.ValidateKey(rowKey, "RowKey");
        try
        {
            return await database.WriteAsync(c => Delete(c, partitionKey, rowKey, ifMatch), cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404 && ex.ErrorCode == TableErrorCodes.ResourceNotFound)
        {
            return new StoreResponse(404);
        }
    }

    public async Task<Response<TableEntity>> GetEntityAsync(string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
    {
        var found = await GetEntityIfExistsAsync(partitionKey, rowKey, select, cancellationToken).ConfigureAwait(false);
        return found.HasValue ? Response.FromValue(found.Value!, found.GetRawResponse()) : throw TableErrors.ResourceNotFound();
    }

    public Task<NullableResponse<TableEntity>> GetEntityIfExistsAsync(string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
    {
        TableLimits.ValidateKey(partitionKey, "PartitionKey");
        TableLimits.ValidateKey(rowKey, "RowKey");
        var selected = select?.ToHashSet(StringComparer.Ordinal);
        return database.ReadAsync<NullableResponse<TableEntity>>(c =>
        {
            RequireTable(c);
            var row = EmbeddedRows.Find(c, key, partitionKey, rowKey);
            var entity = row is null ? null : EmbeddedQuery.ToEntity(row, selected);
            return new StoreNullableResponse<TableEntity>(entity, new StoreResponse(row is null ? 404 : 200, entity?.ETag ?? default));
        }, cancellationToken);
    }

    public AsyncPageable<TableEntity> QueryAsync(string? filter = null, int? maxPerPage = null, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
    {
        var node = FilterParser.Parse(filter);
        var selected = select?.ToHashSet(StringComparer.Ordinal);
        return new TablePageable<TableEntity>((token, hint, ct) => database.ReadAsync(c => ReadPage(c, node, selected, token, hint ?? maxPerPage), ct), cancellationToken);
    }

    public Task<Response<IReadOnlyList<Response>>> SubmitTransactionAsync(IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken = default)
    {
        var list = actions.ToList();
        TableLimits.ValidateTransaction(list);
        return database.WriteAsync(c =>
        {
            RequireTable(c);
            var responses = new List<Response>(list.Count);
            for (var i = 0; i < list.Count; i++)
            {
                try
                {
                    responses.Add(Apply(c, list[i]));
                }
                catch (RequestFailedException ex)
                {
                    throw new TableTransactionFailedException(ex.Status, $"{i}:{ex.Message}", ex.ErrorCode, i, ex);
                }
            }
            return Response.FromValue<IReadOnlyList<Response>>(responses, new StoreResponse(202));
        }, cancellationToken);
    }

    private Response Apply(SqliteConnection c, TableTransactionAction action)
    {
        var etag = action.ETag == default ? ETag.All : action.ETag;
        return action.ActionType switch
        {
            TableTransactionActionType.Add => Add(c, action.Entity),
            TableTransactionActionType.UpdateMerge => Update(c, action.Entity, etag, TableUpdateMode.Merge),
            TableTransactionActionType.UpdateReplace => Update(c, action.Entity, etag, TableUpdateMode.Replace),
            TableTransactionActionType.UpsertMerge => Upsert(c, action.Entity, TableUpdateMode.Merge),
            TableTransactionActionType.UpsertReplace => Upsert(c, action.Entity, TableUpdateMode.Replace),
            _ => Delete(c, action.Entity.PartitionKey, action.Entity.RowKey, etag),
        };
    }

    private Response Add(SqliteConnection c, TableEntity entity)
    {
        RequireTable(c);
        if (EmbeddedRows.Find(c, key, entity.PartitionKey, entity.RowKey) is not null)
            throw TableErrors.EntityAlreadyExists();
        return Write(c, entity, entity);
    }

    private Response Upsert(SqliteConnection c, TableEntity entity, TableUpdateMode mode)
    {
        RequireTable(c);
        var existing = mode == TableUpdateMode.Merge ? EmbeddedRows.Find(c, key, entity.PartitionKey, entity.RowKey) : null;
        return Write(c, entity, Merged(existing, entity));
    }

    private Response Update(SqliteConnection c, TableEntity entity, ETag ifMatch, TableUpdateMode mode)
    {
        RequireTable(c);
        var existing = EmbeddedRows.Find(c, key, entity.PartitionKey, entity.RowKey) ?? throw TableErrors.ResourceNotFound();
        if (ifMatch != ETag.All && ifMatch.ToString() != existing.ETag)
            throw TableErrors.UpdateConditionNotSatisfied();
        return Write(c, entity, mode == TableUpdateMode.Merge ? Merged(existing, entity) : entity);
    }

    private Response Delete(SqliteConnection c, string partitionKey, string rowKey, ETag ifMatch)
    {
        RequireTable(c);
        var existing = EmbeddedRows.Find(c, key, partitionKey, rowKey) ?? throw TableErrors.ResourceNotFound();
        if (ifMatch != default && ifMatch != ETag.All && ifMatch.ToString() != existing.ETag)
            throw TableErrors.UpdateConditionNotSatisfied();
        EmbeddedRows.Delete(c, key, partitionKey, rowKey);
        return new StoreResponse(204);
    }

    private static IEnumerable<KeyValuePair<string, object?>> Merged(EmbeddedRows.Row? existing, TableEntity entity)
    {
        if (existing is null)
            return entity;
        var properties = EmbeddedEntityCodec.Deserialize(existing.Properties);
        foreach (var (name, value) in entity)
        {
            if (value is not null)
                properties[name] = value;
        }
        return properties;
    }

    private Response Write(SqliteConnection c, TableEntity entity, IEnumerable<KeyValuePair<string, object?>> properties)
    {
        var etag = new ETag($"W/\"{Guid.NewGuid():N}\"");
        var row = new EmbeddedRows.Row(entity.PartitionKey, entity.RowKey, etag.ToString(), clock.GetUtcNow().UtcTicks, EmbeddedEntityCodec.Serialize(properties));
        EmbeddedRows.Write(c, key, row);
        return new StoreResponse(204, etag);
    }

    private Page<TableEntity> ReadPage(SqliteConnection c, FilterNode? filter, HashSet<string>? select, string? token, int? pageSize)
    {
        RequireTable(c);
        return EmbeddedQuery.ReadPage(c, key, filter, select, token, Math.Clamp(pageSize ?? MaxPageSize, 1, MaxPageSize));
    }

    private void RequireTable(SqliteConnection c)
    {
        if (!database.TableExists(c, key))
            throw TableErrors.TableNotFound(name);
    }
}
