using Coretet.Bot.Dialogs.Consensus;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.DecisionReviews;

/// <summary>
/// Schedules the review of a decision when its round is adopted (consensus, consensus with recorded dissent, or an
/// arbitration that adopts) and has a review date, whatever the round's subject. An outcome that is not adopted
/// schedules nothing and calls off a review still waiting; a review already sent is never scheduled again.
/// </summary>
public sealed class DecisionReviewListener(IDecisionReviewStore store, DecisionReviewOptions options) : IRoundOutcomeListener
{
    public async Task<TurnResult> OnOutcomeAsync(Round round, Outcome outcome, CancellationToken cancellationToken)
    {
        var existing = await store.FindAsync(round.AllianceId, round.Id, cancellationToken);
        if (existing is { Status: DecisionReviewStatus.Sent })
            return TurnResult.Nothing;
        var wanted = outcome.IsAdopted ? DecisionReview.For(round, options.LocalHour) : null;
        if (wanted is not null && wanted != existing)
            await store.SaveAsync(wanted, cancellationToken);
        else if (wanted is null && existing is { Status: DecisionReviewStatus.Scheduled })
            await store.SaveAsync(existing.Cancel(), cancellationToken);
        return TurnResult.Nothing;
    }
}
