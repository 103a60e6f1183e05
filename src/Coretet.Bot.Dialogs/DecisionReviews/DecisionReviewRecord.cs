using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Dialogs.Consensus;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;
using T = Coretet.Bot.Dialogs.DecisionReviews.DecisionReviewTexts;

namespace Coretet.Bot.Dialogs.DecisionReviews;

/// <summary>
/// The review part of a round's full record: scheduled (when), sent (when, to how many), the experiences that came
/// back (linked to the decision by <see cref="Experience.DecisionId"/>), or why there is none.
/// </summary>
public sealed class DecisionReviewRecord(IDecisionReviewStore reviews, IExperienceStore experiences) : IRoundRecordSection
{
    /// <summary>The record lists the latest ones; the journal export has them all.</summary>
    public const int MaxListed = 20;

    public async Task<IReadOnlyList<CardElement>> RenderAsync(Round round, Language language, string readerZone, CancellationToken cancellationToken)
    {
        if (round.ReviewDate is null)
            return [];
        var review = await reviews.FindAsync(round.AllianceId, round.Id, cancellationToken);
        var line = review?.Status switch
        {
            DecisionReviewStatus.Scheduled => T.Scheduled.Format(RoundTimes.Format(review.DueAt, readerZone, language)),
            DecisionReviewStatus.Sent => T.Sent.Format(RoundTimes.Format(review.SentAt ?? review.DueAt, readerZone, language), review.Recipients),
            DecisionReviewStatus.Cancelled => T.Cancelled,
            _ => round.Outcome is { IsAdopted: false } ? T.NotAdopted : null,
        };
        if (line is null)
            return [];
        var body = new List<CardElement> { new CardText(T.Heading.In(language), TextStyle.Heading), new CardText(line.In(language)) };
        if (review is { Status: DecisionReviewStatus.Sent })
            body.AddRange(await ExperiencesAsync(review, language, cancellationToken));
        return body;
    }

    private async Task<IEnumerable<CardElement>> ExperiencesAsync(DecisionReview review, Language language, CancellationToken cancellationToken)
    {
        // Answers come after the prompts, which go out at the due time at the earliest (a day's margin for clock skew).
        var linked = (await experiences.ListAsync(review.AllianceId, review.DueAt.AddDays(-1), cancellationToken))
            .Where(e => e.DecisionId == review.RoundId)
            .OrderByDescending(e => e.At)
            .ToList();
        var summary = new CardText(T.Experiences.Format(linked.Count, linked.Count(e => e.NothingToReport)).In(language));
        if (linked.Count == 0)
            return [summary];
        var items = linked.Take(MaxListed)
            .Select(e => T.ExperienceLine.Format(e.Id, e.AllyName, e.NothingToReport ? T.NothingToReport.In(language) : FirstAnswer(e)).In(language))
            .ToList();
        return [summary, new CardList(null, items)];
    }

    private static string FirstAnswer(Experience experience)
    {
        var text = experience.Answers.Count > 0 ? experience.Answers[0].Text : "";
        return text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "...");
    }
}
