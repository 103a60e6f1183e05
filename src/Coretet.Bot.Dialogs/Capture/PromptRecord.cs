namespace Coretet.Bot.Dialogs.Capture;

/// <summary>One ally's prompt for one occurrence (or the channel post, with <see cref="CaptureKeys.ChannelRecipient"/>).</summary>
public sealed record PromptRecord(string OccurrenceKey, string AllyId, PromptStatus Status, DateTimeOffset UpdatedAt)
{
    public DateTimeOffset? DueAt { get; init; }

    public DateTimeOffset? RemindedAt { get; init; }

    public string? Error { get; init; }

    public bool AwaitsAnswer => Status == PromptStatus.Sent;
}
