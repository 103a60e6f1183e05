using Coretet.Bot.Channels;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Storage.Stores;

/// <summary>
/// Table <c>PostedCards</c>: PartitionKey = card key, RowKey = platform|conversation|message id (encoded).
/// A refresh lists one partition (every copy of one card); recording is an insert, so a repeat is a no-op (and keeps
/// the copy's render version, <c>RenderReserved</c>/<c>RenderSent</c>/<c>RenderDirty</c>, see <see cref="TablePostedCardVersions"/>).
/// </summary>
internal sealed class TablePostedCardStore(TableStore store) : IPostedCardStore
{
    public const string TableName = "PostedCards";

    public async Task RecordAsync(PostedCard card, CancellationToken cancellationToken = default)
    {
        var conversation = card.Conversation;
        var (partitionKey, rowKey) = KeysOf(card);
        var entity = new TableEntity(partitionKey, rowKey)
        {
            ["CardKey"] = card.CardKey,
            ["Platform"] = conversation.Platform,
            ["ConversationId"] = conversation.Id,
            ["TenantId"] = conversation.TenantId,
            ["SpaceId"] = conversation.SpaceId,
            ["ConversationName"] = conversation.Name,
            ["MessageId"] = card.MessageId,
            ["PostedAt"] = card.PostedAt,
        };
        entity.SetEnum("Kind", conversation.Kind);
        entity.SetEnum("Language", card.Language);
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        await table.TryAddAsync(entity, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<PostedCard>> ListAsync(string cardKey, CancellationToken cancellationToken = default)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var cards = new List<PostedCard>();
        await foreach (var entity in table.QueryAsync(TableFilter.PartitionKey(TableKeys.Encode(cardKey)), cancellationToken: cancellationToken).ConfigureAwait(false))
            cards.Add(ToCard(cardKey, entity));
        return cards;
    }

    /// <summary>The row of one copy (also where <see cref="TablePostedCardVersions"/> keeps its render version).</summary>
    internal static (string PartitionKey, string RowKey) KeysOf(PostedCard card) =>
        (TableKeys.Encode(card.CardKey), TableKeys.Compose(card.Conversation.Platform, card.Conversation.Id, card.MessageId));

    private static PostedCard ToCard(string cardKey, TableEntity entity)
    {
        var conversation = new ConversationRef(entity.RequireString("Platform"), entity.RequireString("ConversationId"), entity.RequireEnum<ConversationKind>("Kind"))
        {
            TenantId = entity.GetString("TenantId"),
            SpaceId = entity.GetString("SpaceId"),
            Name = entity.GetString("ConversationName"),
        };
        return new PostedCard(cardKey, conversation, entity.RequireString("MessageId"), entity.RequireEnum<Language>("Language"), entity.RequireDateTimeOffset("PostedAt"));
    }
}
