namespace Coretet.Bot.Dialogs.Capture;

/// <summary>
/// One firing of a schedule (or a one-off decision review prompt, <see cref="ScheduleId"/> then names the decision
/// prompt). Open while reminders or deferred prompts may still be due.
/// </summary>
public sealed record CaptureOccurrence(string Key, string AllianceId, string ScheduleId, DateTimeOffset At)
{
    public string? ChantierId { get; init; }

    public string? DecisionId { get; init; }

    public bool ReminderDone { get; init; }
}
