namespace Coretet.Bot.Dialogs.DecisionReviews;

/// <summary>Configuration section <c>DecisionReviews</c> (docs/consensus.md "Decision reviews").</summary>
public sealed class DecisionReviewOptions
{
    public const string Section = "DecisionReviews";

    /// <summary>The hour of the review date, in the round's time zone, at which the review prompts go out.</summary>
    public int LocalHour { get; set; } = 9;

    /// <summary>How often due reviews are looked for, in seconds.</summary>
    public int SweepSeconds { get; set; } = 300;
}
