using System.Text;
using System.Text.Json;
using Azure;
using Azure.Core;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Storage.AzureTables;

/// <summary>One table over REST (fact sheet A.6–A.9), with the same semantics as the embedded backend.</summary>
internal sealed class AzureTableClient(AzureTableServiceClient service, string name) : ITableClient
{
    private const int MaxPageSize = 1000;
    private static readonly RequestMethod Merge = new("MERGE");

    public string Name => name;

    public async Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        var message = Create(RequestMethod.Post, "/Tables");
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        SetJson(message, Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new Dictionary<string, string> { ["TableName"] = name })), "application/json;odata=nometadata");
        try
        {
            await service.SendAsync(message, "create table", cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Already there (or being deleted): as Azure.Data.Tables' CreateIfNotExists.
        }
    }

    public Task<Response> AddEntityAsync(TableEntity entity, CancellationToken cancellationToken = default)
    {
        TableLimits.ValidateEntity(entity);
        var message = Create(RequestMethod.Post, "/" + name);
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        SetJson(message, AzureEntityJson.Serialize(entity, includeKeys: true), "application/json;odata=nometadata");
        return service.SendAsync(message, "insert an entity", cancellationToken);
    }

    public Task<Response> UpsertEntityAsync(TableEntity entity, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default) =>
        WriteAsync(entity, mode, default, cancellationToken);

    public Task<Response> UpdateEntityAsync(TableEntity entity, ETag ifMatch, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default) =>
        ifMatch == default
            ? throw new ArgumentException("UpdateEntity needs an ETag: the entity's, or ETag.All for an unconditional update.", nameof(ifMatch))
            : WriteAsync(entity, mode, ifMatch, cancellationToken);

    public async Task<Response> DeleteEntityAsync(string partitionKey, string rowKey, ETag ifMatch = default, CancellationToken cancellationToken = default)
    {
        var message = Create(RequestMethod.Delete, EntityPath(partitionKey, rowKey));
        message.Request.Headers.SetValue("If-Match", (ifMatch == default ? ETag.All : ifMatch).ToString("H"));
        try
        {
            return await service.SendAsync(message, "delete an entity", cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404 && ex.ErrorCode == TableErrorCodes.ResourceNotFound)
        {
            return message.Response;
        }
    }

    public async Task<Response<TableEntity>> GetEntityAsync(string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
    {
        var found = await GetEntityIfExistsAsync(partitionKey, rowKey, select, cancellationToken).ConfigureAwait(false);
        return found.HasValue ? Response.FromValue(found.Value!, found.GetRawResponse()) : throw TableErrors.ResourceNotFound();
    }

    public async Task<NullableResponse<TableEntity>> GetEntityIfExistsAsync(string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
    {
        var message = Create(RequestMethod.Get, EntityPath(partitionKey, rowKey));
        AddSelect(message, select);
        try
        {
            var response = await service.SendAsync(message, "read an entity", cancellationToken).ConfigureAwait(false);
            using var json = JsonDocument.Parse(response.Content.ToMemory());
            return new StoreNullableResponse<TableEntity>(AzureEntityJson.Parse(json.RootElement, response.Headers.ETag ?? default), response);
        }
        catch (RequestFailedException ex) when (ex.Status == 404 && ex.ErrorCode != TableErrorCodes.TableNotFound)
        {
            return new StoreNullableResponse<TableEntity>(null, message.Response);
        }
    }

    public AsyncPageable<TableEntity> QueryAsync(string? filter = null, int? maxPerPage = null, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
    {
        var selected = select?.ToList();
        return new TablePageable<TableEntity>((token, hint, ct) => QueryPageAsync(filter, Math.Clamp(hint ?? maxPerPage ?? MaxPageSize, 1, MaxPageSize), selected, token, ct), cancellationToken);
    }

    public Task<Response<IReadOnlyList<Response>>> SubmitTransactionAsync(IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken = default)
    {
        var list = actions.ToList();
        TableLimits.ValidateTransaction(list);
        return AzureBatch.SubmitAsync(service, name, list, cancellationToken);
    }

    private async Task<Page<TableEntity>> QueryPageAsync(string? filter, int top, List<string>? select, string? token, CancellationToken cancellationToken)
    {
        var message = Create(RequestMethod.Get, $"/{name}()");
        if (!string.IsNullOrEmpty(filter))
            message.Request.Uri.AppendQuery("$filter", filter, escapeValue: true);
        message.Request.Uri.AppendQuery("$top", top.ToString(System.Globalization.CultureInfo.InvariantCulture), escapeValue: false);
        AddSelect(message, select);
        if (!string.IsNullOrEmpty(token))
        {
            var space = token.IndexOf(' ', StringComparison.Ordinal);
            var (nextPk, nextRk) = space < 0 ? (token, "") : (token[..space], token[(space + 1)..]);
            message.Request.Uri.AppendQuery("NextPartitionKey", nextPk, escapeValue: true);
            if (nextRk.Length > 0)
                message.Request.Uri.AppendQuery("NextRowKey", nextRk, escapeValue: true);
        }
        var response = await service.SendAsync(message, "query entities", cancellationToken).ConfigureAwait(false);
        using var json = JsonDocument.Parse(response.Content.ToMemory());
        var values = json.RootElement.GetProperty("value").EnumerateArray().Select(e => AzureEntityJson.Parse(e)).ToList();
        response.Headers.TryGetValue("x-ms-continuation-NextPartitionKey", out var pk);
        response.Headers.TryGetValue("x-ms-continuation-NextRowKey", out var rk);
        return Page<TableEntity>.FromValues(values, string.IsNullOrEmpty(pk) ? null : $"{pk} {rk}", response);
    }

    private Task<Response> WriteAsync(TableEntity entity, TableUpdateMode mode, ETag ifMatch, CancellationToken cancellationToken)
    {
        TableLimits.ValidateEntity(entity);
        var message = Create(mode == TableUpdateMode.Merge ? Merge : RequestMethod.Put, EntityPath(entity.PartitionKey, entity.RowKey));
        if (ifMatch != default)
            message.Request.Headers.SetValue("If-Match", ifMatch.ToString("H"));
        SetJson(message, AzureEntityJson.Serialize(entity, includeKeys: false), "application/json");
        return service.SendAsync(message, ifMatch == default ? "upsert an entity" : "update an entity", cancellationToken);
    }

    private HttpMessage Create(RequestMethod method, string escapedPath)
    {
        var message = service.Pipeline.CreateMessage();
        message.Request.Method = method;
        message.Request.Uri.Reset(service.Endpoint);
        message.Request.Uri.AppendPath(escapedPath, escape: false);
        return message;
    }

    /// <summary>Quotes doubled, then percent-encoded (fact sheet A.6 "Key escaping in the URL path").</summary>
    internal static string EntityPath(string table, string partitionKey, string rowKey)
    {
        TableLimits.ValidateKey(partitionKey, "PartitionKey");
        TableLimits.ValidateKey(rowKey, "RowKey");
        return $"/{table}(PartitionKey='{EscapeKey(partitionKey)}',RowKey='{EscapeKey(rowKey)}')";
    }

    private string EntityPath(string partitionKey, string rowKey) => EntityPath(name, partitionKey, rowKey);

    private static string EscapeKey(string key) => Uri.EscapeDataString(key.Replace("'", "''", StringComparison.Ordinal));

    /// <summary>The service returns only the selected properties; keys and Timestamp are added so rows stay addressable.</summary>
    private static void AddSelect(HttpMessage message, IEnumerable<string>? select)
    {
        if (select is not null)
            message.Request.Uri.AppendQuery("$select", string.Join(',', select.Union(["PartitionKey", "RowKey", "Timestamp"])), escapeValue: true);
    }

    private static void SetJson(HttpMessage message, byte[] body, string contentType)
    {
        message.Request.Headers.SetValue("Content-Type", contentType);
        message.Request.Content = RequestContent.Create(body);
    }
}
