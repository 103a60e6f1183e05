namespace Coretet.Bot.Dialogs.DecisionReviews;

/// <summary>Storage port for decision reviews: one entry per round that has (or had) a review scheduled.</summary>
public interface IDecisionReviewStore
{
    /// <summary>Insert or replace the round's entry.</summary>
    Task SaveAsync(DecisionReview review, CancellationToken cancellationToken);

    Task<DecisionReview?> FindAsync(string allianceId, string roundId, CancellationToken cancellationToken);

    /// <summary>Scheduled reviews of every alliance whose due time is at or before <paramref name="now"/>.</summary>
    Task<IReadOnlyList<DecisionReview>> ListDueAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
