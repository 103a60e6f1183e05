namespace Coretet.Bot.Dialogs.Capture;

/// <summary>
/// A prompt about a decision whose review date came (sent by the consensus capability through
/// <see cref="CapturePrompter.SendDecisionReviewAsync"/>): the answers are experiences linked to <see cref="DecisionId"/>.
/// </summary>
public sealed record DecisionReviewRequest(string AllianceId, string DecisionId, string DecisionTitle, IReadOnlyList<string> AllyIds, DateTimeOffset DueAt)
{
    public string? ChantierId { get; init; }
}
