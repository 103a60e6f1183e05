namespace Coretet.Bot.Dialogs.Capture;

/// <summary>What one prompt card asks, and what its answer will be linked to.</summary>
public sealed record PromptContent(string OccurrenceKey, IReadOnlyList<CaptureQuestion> Questions)
{
    public string? ChantierId { get; init; }

    public string? ChantierTitle { get; init; }

    public string? DecisionId { get; init; }

    public string? DecisionTitle { get; init; }

    public bool IsReminder { get; init; }
}
