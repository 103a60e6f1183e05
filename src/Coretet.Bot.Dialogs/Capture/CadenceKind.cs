namespace Coretet.Bot.Dialogs.Capture;

public enum CadenceKind
{
    Weekly,
    Fortnightly,
    Monthly,

    /// <summary>A Quartz cron expression (seconds first), validated by <see cref="ICadenceCalendar"/>.</summary>
    Cron,
}
