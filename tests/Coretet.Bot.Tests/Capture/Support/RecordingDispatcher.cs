using System.Collections.Concurrent;
using Coretet.Bot.Channels;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Tests.Capture.Support;

/// <summary>An outbound dispatcher that records each direct message per user (scheduling tests without a connector).</summary>
internal sealed class RecordingDispatcher : IReplyDispatcher
{
    public ConcurrentDictionary<string, int> PerUser { get; } = new();

    public int Total => PerUser.Values.Sum();

    public Task DispatchAsync(TurnResult result, Turn? origin, CancellationToken cancellationToken)
    {
        foreach (var reply in result.Replies)
        {
            var key = reply.Target switch
            {
                DirectTarget d => d.User.Key,
                ConversationTarget c => c.Conversation.Key,
                _ => "?",
            };
            PerUser.AddOrUpdate(key, 1, (_, n) => n + 1);
        }

        return Task.CompletedTask;
    }
}
