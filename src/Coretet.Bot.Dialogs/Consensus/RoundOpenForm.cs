using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>Reads the opening form's inputs (user-controlled) into a <see cref="RoundDraft"/>, or says what is wrong.</summary>
public static class RoundOpenForm
{
    public static (RoundDraft? Draft, LocalizedText? Problem) Read(CardAction action, string timeZone, DateTimeOffset now)
    {
        var question = action.Get(ConsensusVerbs.QuestionKey);
        if (string.IsNullOrWhiteSpace(question))
            return (null, ConsensusTexts.TextMissing);
        if (RoundScopes.Parse(action.Get(ConsensusVerbs.ScopeKey)) is not { } scope)
            return (null, ConsensusTexts.ScopeInvalid);
        if (RoundTimes.ParseLocal(action.Get(ConsensusVerbs.DeadlineDateKey), action.Get(ConsensusVerbs.DeadlineTimeKey), timeZone) is not { } deadline)
            return (null, ConsensusTexts.DeadlineUnreadable);
        if (deadline <= now)
            return (null, ConsensusTexts.DeadlineInPast);
        int? quorum = null;
        var quorumText = action.Get(ConsensusVerbs.QuorumKey);
        if (!string.IsNullOrWhiteSpace(quorumText))
        {
            if (!int.TryParse(quorumText.Trim(), out var q) || q < 1 || q > 100_000)
                return (null, ConsensusTexts.QuorumInvalid);
            quorum = q;
        }

        DateOnly? review = null;
        var reviewText = action.Get(ConsensusVerbs.ReviewKey);
        if (!string.IsNullOrWhiteSpace(reviewText))
        {
            review = RoundTimes.ParseDate(reviewText);
            if (review is null || review.Value.ToDateTime(TimeOnly.MaxValue) < deadline.DateTime)
                return (null, ConsensusTexts.ReviewUnreadable);
        }

        return (new RoundDraft(question, scope, deadline) { Quorum = quorum, ReviewDate = review }, null);
    }
}
