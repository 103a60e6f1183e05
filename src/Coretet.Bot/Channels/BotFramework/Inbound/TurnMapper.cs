using System.Text.Json;
using Coretet.Bot.Channels.BotFramework.Cards;
using Coretet.Bot.Channels.BotFramework.Schema;
using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Channels.BotFramework.Inbound;

/// <summary>
/// Translates a verified activity into the neutral <see cref="Turn"/> once, at the edge. Returns null for what the
/// bot acknowledges and ignores (typing, reactions, other members joining...).
/// </summary>
public static class TurnMapper
{
    public static Turn? ToTurn(Activity activity, DateTimeOffset now)
    {
        var kind = KindOf(activity);
        if (kind is null)
            return null;
        var clientInfo = Entities(activity, "clientInfo").FirstOrDefault();
        var locale = activity.Locale ?? clientInfo.GetString("locale");
        return new Turn(kind.Value, User(activity), Conversation(activity), Languages.FromLocale(locale))
        {
            Text = kind == TurnKind.Message ? MentionText.StripBot(activity) : null,
            Action = kind == TurnKind.CardAction ? CardActionOf(activity) : null,
            ReplyToId = activity.ReplyToId,
            ActivityId = activity.Id,
            TimeZone = clientInfo.GetString("timezone") ?? activity.LocalTimezone,
            ReceivedAt = now,
            Mentions = MentionText.OthersThanBot(activity),
        };
    }

    public static UserRef User(Activity activity) =>
        new(Platform(activity), activity.From?.Id ?? "", activity.From?.Name ?? "") { AadObjectId = activity.From?.AadObjectId };

    public static ConversationRef Conversation(Activity activity)
    {
        var conversation = activity.Conversation!;
        var kind = conversation.ConversationType?.ToLowerInvariant() switch
        {
            "personal" => ConversationKind.Personal,
            "groupchat" => ConversationKind.Group,
            "channel" => ConversationKind.Channel,
            _ => conversation.IsGroup == true ? ConversationKind.Group : ConversationKind.Personal,
        };
        return new ConversationRef(Platform(activity), conversation.Id!, kind)
        {
            TenantId = TenantId(activity),
            SpaceId = activity.ChannelData.Get("team").GetString("id"),
            Name = conversation.Name ?? activity.ChannelData.Get("channel").GetString("name"),
            SpaceName = activity.ChannelData.Get("team").GetString("name"),
        };
    }

    /// <summary>Teams puts the tenant in conversation.tenantId and/or channelData.tenant.id (fact sheet §1.4).</summary>
    public static string? TenantId(Activity activity) =>
        activity.Conversation?.TenantId ?? activity.ChannelData.Get("tenant").GetString("id");

    public static string Platform(Activity activity) =>
        string.IsNullOrWhiteSpace(activity.ChannelId) ? "msteams" : activity.ChannelId;

    internal static IEnumerable<JsonElement> Entities(Activity activity, string type) =>
        (activity.Entities ?? []).Where(e => string.Equals(e.GetString("type"), type, StringComparison.OrdinalIgnoreCase));

    private static TurnKind? KindOf(Activity activity) => activity.Type switch
    {
        "message" when IsCardSubmit(activity) => TurnKind.CardAction,
        "message" => TurnKind.Message,
        "conversationUpdate" when Contains(activity.MembersAdded, activity.Recipient) => TurnKind.Installed,
        "conversationUpdate" when Contains(activity.MembersRemoved, activity.Recipient) => TurnKind.Uninstalled,
        "installationUpdate" when activity.Action?.StartsWith("add", StringComparison.OrdinalIgnoreCase) == true => TurnKind.Installed,
        "installationUpdate" when activity.Action?.StartsWith("remove", StringComparison.OrdinalIgnoreCase) == true => TurnKind.Uninstalled,
        "invoke" when activity.Name is InvokeNames.AdaptiveCardAction or InvokeNames.TaskFetch or InvokeNames.TaskSubmit => TurnKind.CardAction,
        _ => null,
    };

    /// <summary>Action.Submit arrives as a message whose value is an object (fact sheet §4.1).</summary>
    private static bool IsCardSubmit(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value
        && (string.IsNullOrWhiteSpace(activity.Text) || value.GetString(AdaptiveCardRenderer.VerbKey) is not null);

    private static bool Contains(List<ChannelAccount>? members, ChannelAccount? account) =>
        account?.Id is { } id && members?.Any(m => m.Id == id) == true;

    private static CardAction CardActionOf(Activity activity)
    {
        if (activity.Name == InvokeNames.AdaptiveCardAction)
        {
            var action = activity.Value.Get("action");
            var data = action.Get("data");
            var verb = action.GetString("verb") ?? data.GetString(AdaptiveCardRenderer.VerbKey) ?? "";
            return new CardAction(verb, data.ToStringMap(AdaptiveCardRenderer.VerbKey, "msteams"));
        }

        var payload = activity.Type == "invoke" ? activity.Value.Get("data") : activity.Value;
        return new CardAction(payload.GetString(AdaptiveCardRenderer.VerbKey) ?? "", payload.ToStringMap(AdaptiveCardRenderer.VerbKey, "msteams"));
    }
}
