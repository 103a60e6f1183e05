using System.Globalization;
using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Dialogs.Claims;
using Coretet.Bot.Dialogs.Consensus;
using Coretet.Bot.Dialogs.Journal;
using Coretet.Bot.Dialogs.Texts;
using Microsoft.Extensions.Logging;

namespace Coretet.Bot.Dialogs.DecisionReviews;

/// <summary>
/// Sends the reviews that are due: the prompt about the decision goes to each ally of the round's scope through
/// <see cref="CapturePrompter.SendDecisionReviewAsync"/>, which claims every (review, ally) before sending, so several
/// instances, repeated sweeps and a restart halfway never prompt anyone twice. Then the sending is claimed once
/// (<c>decision.review|&lt;round&gt;</c>) to journal it, and the review is marked sent. The round is read again first:
/// a decision that is no longer adopted, or whose chantier is gone, gets no review; a moved review date is followed.
/// </summary>
public sealed partial class DecisionReviewSender(
    IDecisionReviewStore reviews,
    IRoundStore rounds,
    RoundAudiences audiences,
    CapturePrompter prompter,
    IClaimStore claims,
    IJournal journal,
    DecisionReviewOptions options,
    TimeProvider clock,
    ILogger<DecisionReviewSender> logger)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        foreach (var review in await reviews.ListDueAsync(clock.GetUtcNow(), cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                sent += await SendAsync(review, cancellationToken) ? 1 : 0;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Retried on the next sweep; the claims make that safe.
                LogReviewFailed(logger, review.RoundId, ex);
            }
        }

        return sent;
    }

    private async Task<bool> SendAsync(DecisionReview scheduled, CancellationToken cancellationToken)
    {
        var (round, review) = await DueNowAsync(scheduled, cancellationToken);
        if (round is null || review is null)
            return false;
        if (await AudienceAsync(round, cancellationToken) is not { } audience)
            return await CancelAsync(review, "the round's chantier is gone", cancellationToken);
        var allies = audience.Allies.Select(a => a.Id).ToList();
        var title = $"n°{round.Number} — {ConsensusService.Shorten(round.Current.Text)}";
        await prompter.SendDecisionReviewAsync(new DecisionReviewRequest(round.AllianceId, round.Id, title, allies, review.DueAt)
        {
            ChantierId = round.Scope.ChantierId,
        }, cancellationToken);
        var now = clock.GetUtcNow();
        if (await claims.TryClaimAsync(DecisionReviewEvents.ClaimScope, round.Id, cancellationToken))
            await journal.AppendAsync(Entry(round, allies.Count, now), cancellationToken);
        // Every sender marks it: if the one that journaled stopped before this write, the next sweep still ends it.
        await reviews.SaveAsync(review.MarkSent(now, allies.Count), cancellationToken);
        return true;
    }

    /// <summary>The round and its review as they stand now: nulls when it is cancelled or moved to a later date.</summary>
    private async Task<(Round? Round, DecisionReview? Review)> DueNowAsync(DecisionReview review, CancellationToken cancellationToken)
    {
        var round = (await rounds.FindAsync(review.AllianceId, review.RoundId, cancellationToken))?.Value;
        if (round is null || DecisionReview.For(round, options.LocalHour) is not { } wanted)
        {
            await CancelAsync(review, "the decision is no longer adopted", cancellationToken);
            return (null, null);
        }

        if (wanted.ReviewDate == review.ReviewDate)
            return (round, review);
        // The round's review date moved: the review follows it.
        await reviews.SaveAsync(wanted, cancellationToken);
        return wanted.IsDue(clock.GetUtcNow()) ? (round, wanted) : (null, null);
    }

    private async Task<RoundAudience?> AudienceAsync(Round round, CancellationToken cancellationToken)
    {
        try
        {
            return await audiences.ResolveAsync(round.AllianceId, round.Scope, new HashSet<string>(), cancellationToken);
        }
        catch (AllianceException)
        {
            return null;
        }
    }

    private async Task<bool> CancelAsync(DecisionReview review, string why, CancellationToken cancellationToken)
    {
        LogReviewCancelled(logger, review.RoundId, why);
        await reviews.SaveAsync(review.Cancel(), cancellationToken);
        return false;
    }

    private static JournalEntry Entry(Round round, int recipients, DateTimeOffset now) =>
        new(round.AllianceId, DecisionReviewEvents.DecisionReviewSent, RoundCloser.SystemActor, "", now,
            DecisionReviewTexts.JournalSent.Format(round.Number, recipients))
        {
            RoundId = round.Id,
            ChantierId = round.Scope.ChantierId,
            SubjectId = round.Subject.SubjectId,
            Data = new Dictionary<string, string>
            {
                ["reviewDate"] = round.ReviewDate!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["recipients"] = recipients.ToString(CultureInfo.InvariantCulture),
            },
        };

    [LoggerMessage(Level = LogLevel.Error, Message = "Review of round {RoundId} failed; it is tried again on the next sweep")]
    private static partial void LogReviewFailed(ILogger logger, string roundId, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Review of round {RoundId} cancelled: {Why}")]
    private static partial void LogReviewCancelled(ILogger logger, string roundId, string why);
}
