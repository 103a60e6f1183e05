namespace Coretet.Bot.Dialogs.DecisionReviews;

/// <summary>Journal event names and claim scope of decision reviews (past tense, STYLE.md "Vocabulary").</summary>
public static class DecisionReviewEvents
{
    /// <summary>The review prompts of a decision went out (journaled once, whoever sent them).</summary>
    public const string DecisionReviewSent = "DecisionReviewSent";

    /// <summary>Claim scope; the key is the round id, so the claim reads <c>decision.review|&lt;round&gt;</c>.</summary>
    public const string ClaimScope = "decision.review";
}
