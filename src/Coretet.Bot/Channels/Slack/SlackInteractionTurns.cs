using System.Text.Json;
using Coretet.Bot.Dialogs.Turns;
using Microsoft.Extensions.Options;

namespace Coretet.Bot.Channels.Slack;

/// <summary>
/// Interactions as card actions (protocols/slack.md §4): a button of ours in a message or modal (block_actions)
/// or a modal's submit (view_submission). The verb and data come from the button value or the modal metadata, the
/// inputs from <c>state.values</c>; the person always from the verified payload's <c>user.id</c>.
/// </summary>
internal sealed class SlackInteractionTurns(SlackTurnFactory turns, IOptions<SlackOptions> options)
{
    public Task<SlackInbound?> FromInteractionAsync(SlackWorkItem item, CancellationToken cancellationToken) =>
        Text(item.Payload, "type") switch
        {
            "block_actions" => FromBlockActionsAsync(item, cancellationToken),
            "view_submission" => FromViewSubmissionAsync(item, cancellationToken),
            _ => Task.FromResult<SlackInbound?>(null),
        };

    private async Task<SlackInbound?> FromBlockActionsAsync(SlackWorkItem item, CancellationToken cancellationToken)
    {
        var payload = item.Payload;
        if (!payload.TryGetProperty("actions", out var actions) || actions.ValueKind != JsonValueKind.Array)
            return null;
        var action = actions.EnumerateArray().FirstOrDefault(a =>
            Text(a, "action_id")?.StartsWith(SlackActionCodec.ActionPrefix, StringComparison.Ordinal) == true);
        if (SlackActionCodec.Decode(Text(action, "value")) is not { } button)
            return null;
        var container = Property(payload, "container");
        var fromView = Text(container, "type") == "view";
        var view = Property(payload, "view");
        var metadata = fromView ? SlackModalMetadata.Decode(Text(view, "private_metadata")) : null;
        var channel = Text(Property(payload, "channel"), "id") ?? Text(container, "channel_id") ?? metadata?.Channel;
        if (channel is null)
            return null;
        var data = button.SubmitsInputs ? SlackActionCodec.ReadState(fromView ? view : payload) : [];
        foreach (var (key, value) in button.Data)
            data[key] = value;
        var reply = new SlackReplyContext(Team(payload), channel, item.ReceivedAt)
        {
            MessageTs = fromView ? metadata?.MessageTs : Text(container, "message_ts"),
            ThreadTs = fromView ? metadata?.ThreadTs : Text(container, "thread_ts"),
            EphemeralContainer = Bool(container, "is_ephemeral"),
            TriggerId = Text(payload, "trigger_id"),
            ResponseUrl = SlackResponseUrls.Parse(Text(payload, "response_url"), options.Value),
        };
        return await BuildAsync(payload, channel, new CardAction(button.Verb, data), reply, Text(action, "action_ts"), item, cancellationToken);
    }

    private async Task<SlackInbound?> FromViewSubmissionAsync(SlackWorkItem item, CancellationToken cancellationToken)
    {
        var payload = item.Payload;
        var view = Property(payload, "view");
        if (Text(view, "callback_id") != "coretet.form" || SlackModalMetadata.Decode(Text(view, "private_metadata")) is not { } metadata)
            return null;
        var data = SlackActionCodec.ReadState(view);
        foreach (var (key, value) in metadata.Data)
            data[key] = value;
        var reply = new SlackReplyContext(Team(payload), metadata.Channel, item.ReceivedAt)
        {
            MessageTs = metadata.MessageTs,
            ThreadTs = metadata.ThreadTs,
        };
        return await BuildAsync(payload, metadata.Channel, new CardAction(metadata.Verb, data), reply, Text(view, "id"), item, cancellationToken);
    }

    private async Task<SlackInbound?> BuildAsync(
        JsonElement payload, string channel, CardAction action, SlackReplyContext reply, string? activityId, SlackWorkItem item, CancellationToken cancellationToken)
    {
        var user = Property(payload, "user");
        if (Text(user, "id") is not { } userId)
            return null;
        var conversation = SlackConversations.Create(reply.TeamId, channel, null, Text(Property(payload, "channel"), "name"), Text(Property(payload, "enterprise"), "id"));
        var inbound = await turns.BuildAsync(TurnKind.CardAction, userId, null, conversation, reply, item, cancellationToken);
        return inbound with { Turn = inbound.Turn with { Action = action, ReplyToId = reply.MessageTs, ActivityId = activityId } };
    }

    private static string Team(JsonElement payload) =>
        Text(Property(payload, "team"), "id") ?? Text(Property(payload, "user"), "team_id") ?? string.Empty;

    private static JsonElement Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : default;

    private static bool Bool(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    private static string? Text(JsonElement element, string name) => SlackApiClient.Text(element, name);
}
