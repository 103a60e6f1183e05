using System.Text.Json;
using Coretet.Bot.Channels.BotFramework.Schema;

namespace Coretet.Bot.Tests.Support;

public enum ConnectorOperation
{
    Send,
    Reply,
    Update,
    Delete,
    CreateConversation,
    Members,
    Unknown,
}

/// <summary>
/// One request the bot made to the <see cref="FakeConnector"/>. <see cref="RawPath"/> is the path as sent
/// (escaped); <see cref="ConversationId"/> and <see cref="ActivityId"/> are decoded. <see cref="MessageId"/> is the
/// id of the message concerned: the one the fake assigned for a send/reply, the path's one for update/delete.
/// </summary>
public sealed record ConnectorCall(
    long Sequence,
    ConnectorOperation Operation,
    string Method,
    string RawPath,
    string? ConversationId,
    string? ActivityId,
    string? Authorization,
    string Body,
    int Status,
    DateTimeOffset At)
{
    // Parsed once: every request of a load run looks through the calls made meanwhile (benchmarks: thousands).
    private readonly Lazy<Activity?> activity = new(() => Operation is ConnectorOperation.Send or ConnectorOperation.Reply or ConnectorOperation.Update && Body.Length > 0
        ? JsonSerializer.Deserialize<Activity>(Body, BotFrameworkJson.Options)
        : null);

    public string? MessageId { get; init; }

    public bool Succeeded => Status is >= 200 and < 300;

    /// <summary>The body as an activity (send, reply, update), or null.</summary>
    public Activity? Activity => activity.Value;

    public override string ToString() => $"#{Sequence} {Method} {RawPath} -> {Status}";
}
