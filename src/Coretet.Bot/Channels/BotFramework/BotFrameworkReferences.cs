namespace Coretet.Bot.Channels.BotFramework;

/// <summary>
/// Keeps conversation references fresh: on every verified inbound activity the conversation and the sender are
/// upserted (the serviceUrl may change, fact sheet §1.2). A person's known 1:1 chat is kept when they write elsewhere.
/// </summary>
public sealed class BotFrameworkReferences(IConversationReferenceStore store, TimeProvider time)
{
    public async Task RememberAsync(BotFrameworkReference reference, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await store.UpsertAsync(new ConversationReferenceRecord(reference.ChannelId, BotFrameworkReference.ConversationKey(reference.ConversationId), reference.ToJson(), now), cancellationToken);
        if (string.IsNullOrEmpty(reference.UserId))
            return;
        var userKey = BotFrameworkReference.UserKey(reference.UserId);
        if (reference.PersonalConversationId is null)
        {
            var known = BotFrameworkReference.Parse(await store.FindAsync(reference.ChannelId, userKey, cancellationToken));
            reference = reference with { PersonalConversationId = known?.PersonalConversationId };
        }

        await store.UpsertAsync(new ConversationReferenceRecord(reference.ChannelId, userKey, reference.ToJson(), now), cancellationToken);
    }

    public async Task<BotFrameworkReference?> FindConversationAsync(string platform, string conversationId, CancellationToken cancellationToken) =>
        BotFrameworkReference.Parse(await store.FindAsync(platform, BotFrameworkReference.ConversationKey(conversationId), cancellationToken));

    public async Task<BotFrameworkReference?> FindUserAsync(string platform, string userId, CancellationToken cancellationToken) =>
        BotFrameworkReference.Parse(await store.FindAsync(platform, BotFrameworkReference.UserKey(userId), cancellationToken));
}
