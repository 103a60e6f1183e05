using System.Collections;
using System.Text.Json.Nodes;

namespace Coretet.Bot.Tests.Support;

/// <summary>
/// What the bot did at the fake connector while handling one inbound activity (every conversation, in order),
/// plus the HTTP answer to that activity (<see cref="Status"/>, and <see cref="InvokeBody"/> for invokes).
/// </summary>
public sealed class BotReplies(IReadOnlyList<BotReply> replies, int status, JsonNode? invokeBody) : IReadOnlyList<BotReply>
{
    public int Status { get; } = status;

    /// <summary>The synchronous answer to an invoke (Action.Execute, task/fetch, task/submit).</summary>
    public JsonNode? InvokeBody { get; } = invokeBody;

    public int Count => replies.Count;

    public BotReply this[int index] => replies[index];

    /// <summary>Every reply's <see cref="BotReply.AllText"/>, separated by blank lines: handy in asserts and failure messages.</summary>
    public string Text => string.Join("\n\n", replies.Select(r => r.AllText));

    public BotReply Single() => replies.Count == 1
        ? replies[0]
        : throw new InvalidOperationException($"Expected exactly one reply, got {replies.Count}: {Text}");

    /// <summary>New messages (send and reply), not updates.</summary>
    public BotReplies Posts => Where(r => r.Operation is ConnectorOperation.Send or ConnectorOperation.Reply);

    /// <summary>Messages updated in place (PUT).</summary>
    public BotReplies Updates => Where(r => r.IsUpdate);

    public BotReplies In(TeamsConversation conversation) => Where(r => r.ConversationId == conversation.Id);

    public BotReply Card(string containing) =>
        replies.FirstOrDefault(r => r.IsCard && r.Contains(containing))
        ?? throw new InvalidOperationException($"No card containing '{containing}' in: {Text}");

    public bool Contains(string fragment) => replies.Any(r => r.Contains(fragment));

    public IEnumerator<BotReply> GetEnumerator() => replies.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"{Status}: {Text}";

    private BotReplies Where(Func<BotReply, bool> predicate) => new([.. replies.Where(predicate)], Status, InvokeBody);
}
