using System.Globalization;
using System.Text;
using Azure;
using Azure.Core;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Storage.AzureTables;

/// <summary>
/// Entity group transactions (fact sheet A.9): one <c>POST /$batch</c> with a multipart changeset; the answer is 202
/// with one part per action, or a single failing part whose message starts with the failed action's index.
/// </summary>
internal static class AzureBatch
{
    public static async Task<Response<IReadOnlyList<Response>>> SubmitAsync(AzureTableServiceClient service, string table, IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        var batch = "batch_" + Guid.NewGuid().ToString("N");
        var message = service.Pipeline.CreateMessage();
        message.Request.Method = RequestMethod.Post;
        message.Request.Uri.Reset(service.Endpoint);
        message.Request.Uri.AppendPath("/$batch", escape: false);
        message.Request.Headers.SetValue("Content-Type", $"multipart/mixed; boundary={batch}");
        message.Request.Content = RequestContent.Create(Encoding.UTF8.GetBytes(Body(service.Endpoint, table, actions, batch)));
        Response response;
        try
        {
            response = await service.SendAsync(message, "submit a transaction", cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex)
        {
            throw new TableTransactionFailedException(ex.Status, ex.Message, ex.ErrorCode, IndexOf(ex.Message), ex);
        }
        var parts = Parse(response.Content.ToString());
        if (parts.Find(p => p.Status >= 400) is { } failure)
            throw Failure(failure);
        if (parts.Count != actions.Count)
            throw new StoreUnavailableException($"Azure Table Storage answered a {actions.Count}-action transaction with {parts.Count} responses.");
        return Response.FromValue<IReadOnlyList<Response>>(parts.Select(p => (Response)new StoreResponse(p.Status, p.ETag)).ToList(), response);
    }

    private static string Body(Uri endpoint, string table, IReadOnlyList<TableTransactionAction> actions, string batch)
    {
        var changeset = "changeset_" + Guid.NewGuid().ToString("N");
        var text = new StringBuilder();
        text.Append("--").Append(batch).Append("\r\nContent-Type: multipart/mixed; boundary=").Append(changeset).Append("\r\n\r\n");
        var baseUrl = endpoint.AbsoluteUri.TrimEnd('/');
        foreach (var action in actions)
        {
            var entity = action.Entity;
            var etag = action.ETag == default ? ETag.All : action.ETag;
            var (method, path, ifMatch, body) = action.ActionType switch
            {
                TableTransactionActionType.Add => ("POST", "/" + table, (ETag?)null, true),
                TableTransactionActionType.UpdateMerge => ("MERGE", AzureTableClient.EntityPath(table, entity.PartitionKey, entity.RowKey), etag, true),
                TableTransactionActionType.UpdateReplace => ("PUT", AzureTableClient.EntityPath(table, entity.PartitionKey, entity.RowKey), etag, true),
                TableTransactionActionType.UpsertMerge => ("MERGE", AzureTableClient.EntityPath(table, entity.PartitionKey, entity.RowKey), null, true),
                TableTransactionActionType.UpsertReplace => ("PUT", AzureTableClient.EntityPath(table, entity.PartitionKey, entity.RowKey), null, true),
                _ => ("DELETE", AzureTableClient.EntityPath(table, entity.PartitionKey, entity.RowKey), etag, false),
            };
            text.Append("--").Append(changeset).Append("\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n");
            text.Append(method).Append(' ').Append(baseUrl).Append(path).Append(" HTTP/1.1\r\n");
            text.Append("Accept: application/json;odata=minimalmetadata\r\nDataServiceVersion: 3.0\r\n");
            if (ifMatch is { } match)
                text.Append("If-Match: ").Append(match.ToString("H")).Append("\r\n");
            if (body)
            {
                text.Append("Content-Type: application/json\r\nPrefer: return-no-content\r\n\r\n");
                text.Append(Encoding.UTF8.GetString(AzureEntityJson.Serialize(entity, includeKeys: action.ActionType == TableTransactionActionType.Add)));
            }
            text.Append("\r\n");
        }
        text.Append("--").Append(changeset).Append("--\r\n--").Append(batch).Append("--\r\n");
        return text.ToString();
    }

    private sealed record Part(int Status, ETag ETag, string Body);

    private static List<Part> Parse(string content)
    {
        var parts = new List<Part>();
        var lines = content.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].StartsWith("HTTP/1.1 ", StringComparison.Ordinal))
                continue;
            var status = int.Parse(lines[i].AsSpan(9, 3), CultureInfo.InvariantCulture);
            var etag = default(ETag);
            for (i++; i < lines.Count && lines[i].Length > 0; i++)
            {
                if (lines[i].StartsWith("ETag:", StringComparison.OrdinalIgnoreCase))
                    etag = new ETag(lines[i][5..].Trim());
            }
            var body = new StringBuilder();
            for (i++; i < lines.Count && !lines[i].StartsWith("--", StringComparison.Ordinal); i++)
                body.Append(lines[i]).Append('\n');
            i--;
            parts.Add(new Part(status, etag, body.ToString()));
        }
        return parts;
    }

    private static Exception Failure(Part failure)
    {
        var (code, message) = AzureErrors.Describe(failure.Body);
        message ??= $"The transaction failed with status {failure.Status}.";
        if (AzureErrors.IsUnavailable(failure.Status))
            return new StoreUnavailableException($"Azure Table Storage failed a transaction: {failure.Status} {code} {message}");
        return new TableTransactionFailedException(failure.Status, message, code, IndexOf(message));
    }

    /// <summary>The service prefixes the failing action's 0-based index: "6:The specified entity already exists."</summary>
    private static int? IndexOf(string message)
    {
        var colon = message.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && int.TryParse(message.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : null;
    }
}
