using System.Text.Json;
using Coretet.Bot.Dialogs.Turns;
using Microsoft.Extensions.Options;

namespace Coretet.Bot.Channels.Slack;

/// <summary>
/// Events and slash commands as neutral turns. Only people's own words become turns: messages from bots (the bot
/// itself included), edits, deletions and joins are ignored (protocols/slack.md §2). The bot joining a channel is
/// the installation (docs/slack.md explains why).
/// </summary>
internal sealed class SlackTurnFactory(SlackUserDirectory users, IOptions<SlackOptions> options)
{
    public async Task<SlackInbound?> FromEventAsync(SlackWorkItem item, CancellationToken cancellationToken)
    {
        var envelope = item.Payload;
        if (!envelope.TryGetProperty("event", out var ev) || ev.ValueKind != JsonValueKind.Object)
            return null;
        var team = Text(envelope, "team_id") ?? Text(ev, "team") ?? string.Empty;
        var botUserId = await users.GetBotUserIdAsync(AuthorizedBot(envelope), cancellationToken);
        var user = Text(ev, "user");
        var channel = Text(ev, "channel");
        if (user is null || channel is null)
            return null;
        var conversation = SlackConversations.Create(team, channel, Text(ev, "channel_type"), null, Text(envelope, "enterprise_id"));
        var reply = new SlackReplyContext(team, channel, item.ReceivedAt) { ThreadTs = Text(ev, "thread_ts") };
        var inbound = Text(ev, "type") switch
        {
            "member_joined_channel" when user == botUserId =>
                await BuildAsync(TurnKind.Installed, Text(ev, "inviter") ?? user, null, conversation, reply, item, cancellationToken),
            "app_mention" when IsPersonMessage(ev, user, botUserId) =>
                await BuildAsync(TurnKind.Message, user, SlackInboundText.Decode(Text(ev, "text"), botUserId), conversation, reply, item, cancellationToken),
            "message" when IsPersonMessage(ev, user, botUserId) && Text(ev, "channel_type") == "im" =>
                await BuildAsync(TurnKind.Message, user, SlackInboundText.Decode(Text(ev, "text"), botUserId), conversation, reply, item, cancellationToken),
            _ => null,
        };
        return inbound is null ? null : inbound with { Turn = inbound.Turn with { ActivityId = Text(envelope, "event_id") } };
    }

    public async Task<SlackInbound?> FromCommandAsync(SlackWorkItem item, CancellationToken cancellationToken)
    {
        var fields = item.Payload;
        var (user, channel, team) = (Text(fields, "user_id"), Text(fields, "channel_id"), Text(fields, "team_id"));
        if (user is null || channel is null || team is null)
            return null;
        var botUserId = await users.GetBotUserIdAsync(null, cancellationToken);
        var text = SlackInboundText.Decode(Text(fields, "text"), botUserId);
        var conversation = SlackConversations.Create(team, channel, null, Text(fields, "channel_name"), Text(fields, "enterprise_id"));
        var reply = new SlackReplyContext(team, channel, item.ReceivedAt)
        {
            TriggerId = Text(fields, "trigger_id"),
            ResponseUrl = SlackResponseUrls.Parse(Text(fields, "response_url"), options.Value),
        };
        var inbound = await BuildAsync(TurnKind.Message, user, text, conversation, reply, item, cancellationToken);
        if (string.IsNullOrWhiteSpace(inbound.Turn.Text))
            inbound = inbound with { Turn = inbound.Turn with { Text = inbound.Turn.Language == Language.English ? "help" : "aide" } };
        return inbound with { Turn = inbound.Turn with { ActivityId = Text(fields, "trigger_id") } };
    }

    /// <summary>The neutral turn for <paramref name="userId"/>, with name, language and time zone from users.info.</summary>
    public async Task<SlackInbound> BuildAsync(
        TurnKind kind, string userId, SlackDecodedText? text, ConversationRef conversation, SlackReplyContext reply, SlackWorkItem item, CancellationToken cancellationToken)
    {
        var profile = await users.GetAsync(userId, null, cancellationToken);
        var mentions = new List<UserRef>();
        foreach (var mention in text?.Mentions ?? [])
            mentions.Add(SlackConversations.User(mention.UserId, mention.Label ?? (await users.GetAsync(mention.UserId, null, cancellationToken)).Name));
        var turn = new Turn(kind, SlackConversations.User(userId, profile.Name), conversation, Languages.FromLocale(profile.Locale))
        {
            Text = text?.Text,
            TimeZone = profile.TimeZone,
            ReceivedAt = item.ReceivedAt,
            Mentions = mentions,
        };
        return new SlackInbound(turn, reply);
    }

    private static bool IsPersonMessage(JsonElement ev, string user, string? botUserId) =>
        user != botUserId
        && Text(ev, "bot_id") is null
        && Text(ev, "subtype") is null or "file_share" or "thread_broadcast";

    private static string? AuthorizedBot(JsonElement envelope)
    {
        if (!envelope.TryGetProperty("authorizations", out var authorizations) || authorizations.ValueKind != JsonValueKind.Array)
            return null;
        return authorizations.EnumerateArray()
            .Where(a => a.TryGetProperty("is_bot", out var isBot) && isBot.ValueKind == JsonValueKind.True)
            .Select(a => Text(a, "user_id"))
            .FirstOrDefault(id => id is not null);
    }

    private static string? Text(JsonElement element, string name) => SlackApiClient.Text(element, name);
}
