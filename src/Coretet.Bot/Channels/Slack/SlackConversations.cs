using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Channels.Slack;

/// <summary>Slack channels as neutral conversations: Platform <c>slack</c>, Id = channel id, SpaceId = team id.</summary>
internal static class SlackConversations
{
    public const string Platform = "slack";

    public static ConversationRef Create(string teamId, string channel, string? channelType, string? channelName, string? enterpriseId) =>
        new(Platform, channel, Kind(channel, channelType, channelName))
        {
            SpaceId = teamId,
            TenantId = string.IsNullOrEmpty(enterpriseId) ? null : enterpriseId,
            Name = channelName,
        };

    /// <summary>From the event's <c>channel_type</c> when given, else from the id (<c>D…</c> is a DM) or the command's channel name.</summary>
    public static ConversationKind Kind(string channel, string? channelType, string? channelName) => channelType switch
    {
        "im" => ConversationKind.Personal,
        "mpim" => ConversationKind.Group,
        "channel" or "group" or "private" or "public" => ConversationKind.Channel,
        _ when channel.StartsWith('D') || channelName == "directmessage" => ConversationKind.Personal,
        _ when channelName?.StartsWith("mpdm-", StringComparison.Ordinal) == true => ConversationKind.Group,
        _ => ConversationKind.Channel,
    };

    public static UserRef User(string userId, string name) => new(Platform, userId, name);
}
