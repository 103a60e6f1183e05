using Coretet.Bot.Channels;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Storage.Stores;

/// <summary>
/// Table <c>ConversationReferences</c>: PartitionKey = platform, RowKey = the adapter's key (both encoded).
/// Every access is a point read or an upsert by (platform, key).
/// </summary>
internal sealed class TableConversationReferenceStore(TableStore store) : IConversationReferenceStore
{
    public const string TableName = "ConversationReferences";

    public async Task UpsertAsync(ConversationReferenceRecord record, CancellationToken cancellationToken = default)
    {
        var entity = new TableEntity(TableKeys.Encode(record.Platform), TableKeys.Encode(record.Key))
        {
            ["Platform"] = record.Platform,
            ["Key"] = record.Key,
            ["Json"] = record.Json,
            ["UpdatedAt"] = record.UpdatedAt,
        };
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ConversationReferenceRecord?> FindAsync(string platform, string key, CancellationToken cancellationToken = default)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var entity = await table.FindAsync(TableKeys.Encode(platform), TableKeys.Encode(key), cancellationToken).ConfigureAwait(false);
        return entity is null
            ? null
            : new ConversationReferenceRecord(platform, key, entity.RequireString("Json"), entity.RequireDateTimeOffset("UpdatedAt"));
    }
}
