namespace Coretet.Bot.Channels;

/// <summary>Where each keyed card was posted, so a refresh can update every copy (round cards in several conversations and DMs).</summary>
public interface IPostedCardStore
{
    /// <summary>Idempotent on (card key, conversation, message id).</summary>
    Task RecordAsync(PostedCard card, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<PostedCard>> ListAsync(string cardKey, CancellationToken cancellationToken = default);
}
