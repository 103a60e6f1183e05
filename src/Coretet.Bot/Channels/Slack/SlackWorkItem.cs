using System.Text.Json;

namespace Coretet.Bot.Channels.Slack;

internal enum SlackPayloadKind
{
    /// <summary>An Events API <c>event_callback</c> envelope.</summary>
    Event,

    /// <summary>Slash command fields (form fields as a JSON object).</summary>
    Command,

    /// <summary>An interaction payload (block_actions, view_submission).</summary>
    Interaction,
}

/// <summary>A verified request acknowledged to Slack and waiting to be processed.</summary>
internal sealed record SlackWorkItem(SlackPayloadKind Kind, JsonElement Payload, DateTimeOffset ReceivedAt)
{
    /// <summary>The Events API <c>event_id</c>, globally unique: the deduplication key of retries.</summary>
    public string? EventId => Kind == SlackPayloadKind.Event ? SlackApiClient.Text(Payload, "event_id") : null;
}
