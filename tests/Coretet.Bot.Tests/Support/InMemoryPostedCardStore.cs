using Coretet.Bot.Channels;

namespace Coretet.Bot.Tests.Support;

/// <summary>Test double of <see cref="IPostedCardStore"/>; <see cref="BotHost"/> uses it when the host registers none.</summary>
public sealed class InMemoryPostedCardStore : IPostedCardStore
{
    private readonly List<PostedCard> cards = [];

    public Task RecordAsync(PostedCard card, CancellationToken cancellationToken = default)
    {
        lock (cards)
        {
            if (!cards.Any(c => c.CardKey == card.CardKey && c.Conversation.Key == card.Conversation.Key && c.MessageId == card.MessageId))
                cards.Add(card);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<PostedCard>> ListAsync(string cardKey, CancellationToken cancellationToken = default)
    {
        lock (cards)
            return Task.FromResult<IReadOnlyList<PostedCard>>([.. cards.Where(c => c.CardKey == cardKey)]);
    }
}
