namespace Coretet.Bot.Channels.Slack;

/// <summary>
/// Where and how to answer one Slack turn: the channel (and thread), the clicked message for updates in place,
/// the interaction's trigger_id (valid 3 s, once) for modals, and the response_url as a last resort.
/// </summary>
internal sealed record SlackReplyContext(string TeamId, string Channel, DateTimeOffset ReceivedAt)
{
    public string? ThreadTs { get; init; }

    public string? MessageTs { get; init; }

    public bool EphemeralContainer { get; init; }

    public string? TriggerId { get; init; }

    public Uri? ResponseUrl { get; init; }
}
