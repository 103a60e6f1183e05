using System.Collections.Concurrent;
using Coretet.Bot.Channels;
using Coretet.Bot.Dialogs.Claims;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Tests.Slack.Support;

// In-memory stand-ins for the storage layer and the reply dispatcher, for the Slack tests only.

internal sealed class InMemoryClaimStore : IClaimStore
{
    private readonly ConcurrentDictionary<string, bool> claims = new();

    public Task<bool> TryClaimAsync(string scope, string key, CancellationToken cancellationToken) =>
        Task.FromResult(claims.TryAdd($"{scope}|{key}", true));
}

internal sealed class InMemoryConversationReferenceStore : IConversationReferenceStore
{
    public ConcurrentDictionary<string, ConversationReferenceRecord> Records { get; } = new();

    public Task UpsertAsync(ConversationReferenceRecord record, CancellationToken cancellationToken = default)
    {
        Records[$"{record.Platform}|{record.Key}"] = record;
        return Task.CompletedTask;
    }

    public Task<ConversationReferenceRecord?> FindAsync(string platform, string key, CancellationToken cancellationToken = default) =>
        Task.FromResult(Records.TryGetValue($"{platform}|{key}", out var record) ? record : null);
}

internal sealed class InMemoryPostedCardStore : IPostedCardStore
{
    public ConcurrentQueue<PostedCard> Cards { get; } = new();

    public Task RecordAsync(PostedCard card, CancellationToken cancellationToken = default)
    {
        Cards.Enqueue(card);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<PostedCard>> ListAsync(string cardKey, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<PostedCard>>(Cards.Where(c => c.CardKey == cardKey).ToList());
}

internal sealed class RecordingReplyDispatcher : IReplyDispatcher
{
    public ConcurrentQueue<(TurnResult Result, Turn? Origin)> Dispatched { get; } = new();

    public Task DispatchAsync(TurnResult result, Turn? origin, CancellationToken cancellationToken)
    {
        Dispatched.Enqueue((result, origin));
        return Task.CompletedTask;
    }
}
