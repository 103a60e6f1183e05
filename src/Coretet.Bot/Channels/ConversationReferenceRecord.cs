namespace Coretet.Bot.Channels;

/// <summary>
/// What a channel adapter keeps to reach a conversation or a person later (proactive messages).
/// <see cref="Key"/> is chosen by the adapter (<c>conversation:{id}</c>, <c>user:{id}</c>, ...);
/// <see cref="Json"/> is the adapter's own serialized reference (serviceUrl, tenant, bot id, ...).
/// </summary>
public sealed record ConversationReferenceRecord(string Platform, string Key, string Json, DateTimeOffset UpdatedAt);
