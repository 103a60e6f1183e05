namespace Coretet.Bot.Channels;

/// <summary>Conversation references for proactive messages; refreshed on every verified inbound request.</summary>
public interface IConversationReferenceStore
{
    /// <summary>Insert or replace the reference for (platform, key).</summary>
    Task UpsertAsync(ConversationReferenceRecord record, CancellationToken cancellationToken = default);

    Task<ConversationReferenceRecord?> FindAsync(string platform, string key, CancellationToken cancellationToken = default);
}
