using System.Text.Json;
using Coretet.Bot.Channels.BotFramework.Inbound;
using Coretet.Bot.Channels.BotFramework.Schema;

namespace Coretet.Bot.Channels.BotFramework;

/// <summary>
/// What the bot keeps to write to a conversation or a person later (fact sheet §1.2 "ConversationReference"),
/// stored as <see cref="ConversationReferenceRecord.Json"/> under <c>conversation:{id}</c> and <c>user:{id}</c>.
/// <see cref="PersonalConversationId"/> is the 1:1 chat with <see cref="UserId"/>, once known.
/// </summary>
public sealed record BotFrameworkReference(string ServiceUrl, string ChannelId, string ConversationId)
{
    public string? ConversationType { get; init; }

    public string? TenantId { get; init; }

    public string? BotId { get; init; }

    public string? BotName { get; init; }

    public string? UserId { get; init; }

    public string? UserName { get; init; }

    public string? Locale { get; init; }

    public string? PersonalConversationId { get; init; }

    public static string ConversationKey(string conversationId) => "conversation:" + conversationId;

    public static string UserKey(string userId) => "user:" + userId;

    public static BotFrameworkReference From(Activity activity) =>
        new(activity.ServiceUrl!, TurnMapper.Platform(activity), activity.Conversation!.Id!)
        {
            ConversationType = activity.Conversation.ConversationType,
            TenantId = TurnMapper.TenantId(activity),
            BotId = activity.Recipient?.Id,
            BotName = activity.Recipient?.Name,
            UserId = activity.From?.Id,
            UserName = activity.From?.Name,
            Locale = activity.Locale,
            PersonalConversationId = TurnMapper.Conversation(activity).Kind == Dialogs.Turns.ConversationKind.Personal ? activity.Conversation.Id : null,
        };

    public string ToJson() => JsonSerializer.Serialize(this, BotFrameworkJson.Options);

    public static BotFrameworkReference? Parse(ConversationReferenceRecord? record) =>
        record is null ? null : JsonSerializer.Deserialize<BotFrameworkReference>(record.Json, BotFrameworkJson.Options);
}
