using System.Globalization;
using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Dialogs.Capture;

/// <summary>
/// When a schedule fires, in the schedule's time zone. Presets carry a day and a time; fortnightly counts weeks
/// from <see cref="Anchor"/> (cron cannot say "every other week"); <see cref="CadenceKind.Cron"/> carries the expression.
/// </summary>
public sealed record Cadence(CadenceKind Kind, TimeOnly Time)
{
    public DayOfWeek Day { get; init; } = DayOfWeek.Monday;

    /// <summary>1 to 28 for monthly schedules (every month has those days).</summary>
    public int DayOfMonth { get; init; } = 1;

    public string? Cron { get; init; }

    /// <summary>A date in a week that fires, for fortnightly schedules.</summary>
    public DateOnly Anchor { get; init; }

    public static Cadence Weekly(DayOfWeek day, TimeOnly time) => new(CadenceKind.Weekly, time) { Day = day };

    public static Cadence Fortnightly(DayOfWeek day, TimeOnly time, DateOnly anchor) =>
        new(CadenceKind.Fortnightly, time) { Day = day, Anchor = anchor };

    public static Cadence Monthly(int dayOfMonth, TimeOnly time) =>
        dayOfMonth is >= 1 and <= 28
            ? new(CadenceKind.Monthly, time) { DayOfMonth = dayOfMonth }
            : throw new AllianceException(CaptureTexts.BadDayOfMonth);

    public static Cadence FromCron(string expression) =>
        string.IsNullOrWhiteSpace(expression)
            ? throw new AllianceException(CaptureTexts.CronMissing)
            : new(CadenceKind.Cron, default) { Cron = expression.Trim() };

    /// <summary>The Quartz cron expression that fires this cadence (fortnightly: every week, filtered by <see cref="FiresInWeekOf"/>).</summary>
    public string ToCron()
    {
        var time = $"0 {Time.Minute} {Time.Hour}";
        return Kind switch
        {
            CadenceKind.Weekly or CadenceKind.Fortnightly => $"{time} ? * {DayCode(Day)}",
            CadenceKind.Monthly => $"{time} {DayOfMonth} * ?",
            _ => Cron!,
        };
    }

    /// <summary>False for the off weeks of a fortnightly schedule; true otherwise.</summary>
    public bool FiresInWeekOf(DateOnly localDate)
    {
        if (Kind != CadenceKind.Fortnightly)
            return true;
        var weeks = (MondayOf(localDate).DayNumber - MondayOf(Anchor).DayNumber) / 7;
        return weeks % 2 == 0;
    }

    public LocalizedText Describe()
    {
        var time = Time.ToString("HH:mm", CultureInfo.InvariantCulture);
        return Kind switch
        {
            CadenceKind.Weekly => CaptureTexts.EveryWeek.Format(DayName(Day).French, time, DayName(Day).English),
            CadenceKind.Fortnightly => CaptureTexts.EveryOtherWeek.Format(DayName(Day).French, time, DayName(Day).English),
            CadenceKind.Monthly => CaptureTexts.EveryMonth.Format(DayOfMonth, time),
            _ => CaptureTexts.CronDescription.Format(Cron),
        };
    }

    private static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    private static string DayCode(DayOfWeek day) => day.ToString()[..3].ToUpperInvariant();

    private static LocalizedText DayName(DayOfWeek day) => new(
        CultureInfo.GetCultureInfo("fr-FR").DateTimeFormat.GetDayName(day),
        CultureInfo.GetCultureInfo("en-GB").DateTimeFormat.GetDayName(day));
}
