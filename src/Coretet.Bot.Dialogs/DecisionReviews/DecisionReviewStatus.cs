namespace Coretet.Bot.Dialogs.DecisionReviews;

public enum DecisionReviewStatus
{
    /// <summary>Waiting for its due time.</summary>
    Scheduled,

    /// <summary>The review prompts went out (each ally in scope claimed once).</summary>
    Sent,

    /// <summary>Not sent: the decision is no longer adopted, or its scope is gone.</summary>
    Cancelled,
}
