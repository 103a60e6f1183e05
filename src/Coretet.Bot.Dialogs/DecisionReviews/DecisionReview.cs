using Coretet.Bot.Dialogs.Consensus;

namespace Coretet.Bot.Dialogs.DecisionReviews;

/// <summary>
/// The review of an adopted decision: on the round's review date (at <see cref="DecisionReviewOptions.LocalHour"/> in
/// the round's time zone) the allies of the round's scope are asked about the decision; their answers are experiences
/// linked to it. Scheduled when the round is adopted, then sent once, or cancelled when the decision is not adopted.
/// </summary>
public sealed record DecisionReview(string AllianceId, string RoundId, int RoundNumber, DateOnly ReviewDate, DateTimeOffset DueAt)
{
    public DecisionReviewStatus Status { get; private init; } = DecisionReviewStatus.Scheduled;

    public DateTimeOffset? SentAt { get; private init; }

    /// <summary>How many allies were in the round's scope when the prompts went out.</summary>
    public int Recipients { get; private init; }

    public bool IsDue(DateTimeOffset now) => Status == DecisionReviewStatus.Scheduled && now >= DueAt;

    /// <summary>The review a round's outcome calls for: null unless the decision is adopted and has a review date.</summary>
    public static DecisionReview? For(Round round, int localHour)
    {
        if (round.Outcome is not { IsAdopted: true } || round.ReviewDate is not { } date)
            return null;
        return new DecisionReview(round.AllianceId, round.Id, round.Number, date, DueInstant(date, round.TimeZone, localHour));
    }

    /// <summary>Rebuilds a stored entry (storage adapters only).</summary>
    public static DecisionReview Restore(DecisionReview header, DecisionReviewStatus status, DateTimeOffset? sentAt, int recipients) =>
        header with { Status = status, SentAt = sentAt, Recipients = recipients };

    /// <summary>Sending twice keeps the first sending time: several instances may finish the same review.</summary>
    public DecisionReview MarkSent(DateTimeOffset at, int recipients) =>
        Status == DecisionReviewStatus.Sent ? this : this with { Status = DecisionReviewStatus.Sent, SentAt = at, Recipients = recipients };

    /// <summary>A review already sent stays sent (it happened); a scheduled one is called off.</summary>
    public DecisionReview Cancel() => Status == DecisionReviewStatus.Sent ? this : this with { Status = DecisionReviewStatus.Cancelled };

    /// <summary>The review date at <paramref name="localHour"/>:00 in <paramref name="timeZone"/> (a skipped hour moves one hour on).</summary>
    public static DateTimeOffset DueInstant(DateOnly date, string timeZone, int localHour)
    {
        var zone = RoundTimes.Zone(timeZone);
        var local = date.ToDateTime(new TimeOnly(Math.Clamp(localHour, 0, 23), 0), DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
            local = local.AddHours(1);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
