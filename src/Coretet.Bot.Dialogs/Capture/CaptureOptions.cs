namespace Coretet.Bot.Dialogs.Capture;

/// <summary>Configuration section <c>Capture</c> (docs/capture.md).</summary>
public sealed class CaptureOptions
{
    public const string Section = "Capture";

    /// <summary>A prompt whose time passed while the bot was down is sent at start-up if it is at most this old.</summary>
    public TimeSpan MissedPromptMaxAge { get; set; } = TimeSpan.FromHours(12);

    /// <summary>One reminder to those who did not answer, this long after the prompt.</summary>
    public TimeSpan ReminderDelay { get; set; } = TimeSpan.FromHours(48);

    /// <summary>How often each instance rebuilds its triggers from the stored schedules (changes made on other instances).</summary>
    public TimeSpan TriggerSyncInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often reminders, deferred prompts and digests are looked for.</summary>
    public TimeSpan FollowUpInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many prompts of one occurrence are handed to the dispatcher at once (it enforces the platform limits).</summary>
    public int MaxParallelSends { get; set; } = 32;

    /// <summary>Sends of one fan-out per second, all conversations together (0 = no pacing; the platform limits still apply).</summary>
    public int MaxPromptsPerSecond { get; set; } = 40;

    /// <summary>Days a chantier digest covers; a digest is posted only when there is something to say.</summary>
    public int DigestPeriodDays { get; set; } = 7;
}
