using System.Collections.Concurrent;
using Coretet.Bot.Dialogs.DecisionReviews;

namespace Coretet.Bot.Dialogs.Tests.DecisionReviews;

internal sealed class MemoryDecisionReviewStore : IDecisionReviewStore
{
    public ConcurrentDictionary<string, DecisionReview> Rows { get; } = new();

    public int Writes { get; private set; }

    public Task SaveAsync(DecisionReview review, CancellationToken cancellationToken)
    {
        Rows[review.RoundId] = review;
        Writes++;
        return Task.CompletedTask;
    }

    public Task<DecisionReview?> FindAsync(string allianceId, string roundId, CancellationToken cancellationToken) =>
        Task.FromResult(Rows.TryGetValue(roundId, out var r) && r.AllianceId == allianceId ? r : null);

    public Task<IReadOnlyList<DecisionReview>> ListDueAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DecisionReview>>(Rows.Values.Where(r => r.IsDue(now)).ToList());
}
