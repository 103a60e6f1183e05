using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Dialogs.Texts;
using Quartz;

namespace Coretet.Bot.Scheduling.Capture;

/// <summary>
/// Cadence arithmetic on Quartz cron expressions in the schedule's IANA zone (fact sheet E.2, E.3): a wall-clock
/// time inside a spring-forward gap fires at the end of the gap, a time repeated at fall-back fires once. Fortnightly
/// cadences are weekly expressions whose off weeks are skipped (cron cannot count weeks).
/// </summary>
internal sealed class QuartzCadenceCalendar : ICadenceCalendar
{
    private static readonly TimeSpan MinimumGap = TimeSpan.FromHours(20);

    public LocalizedText? ValidateCron(string expression)
    {
        CronExpression cron;
        try
        {
            cron = new CronExpression(expression);
        }
        catch (FormatException ex)
        {
            return CadenceTexts.CronInvalid.Format(expression, ex.Message.TrimEnd('.'));
        }

        // More than one prompt a day would be nagging, not capitalising: look at the next few firings.
        var previous = cron.GetNextValidTimeAfter(DateTimeOffset.UtcNow);
        for (var i = 0; i < 10 && previous is { } at; i++)
        {
            var next = cron.GetNextValidTimeAfter(at);
            if (next is { } n && n - at < MinimumGap)
                return CadenceTexts.CronTooFrequent.Format(expression);
            previous = next;
        }

        return null;
    }

    public LocalizedText? ValidateTimeZone(string timeZone) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _) ? null : CadenceTexts.UnknownTimeZone.Format(timeZone);

    public DateTimeOffset? NextAfter(Cadence cadence, string timeZone, DateTimeOffset after)
    {
        var zone = CaptureZones.Find(timeZone);
        var cron = Expression(cadence, zone);
        var next = cron.GetNextValidTimeAfter(after);
        for (var i = 0; i < 3 && next is { } at && !cadence.FiresInWeekOf(LocalDate(at, zone)); i++)
            next = cron.GetNextValidTimeAfter(at);
        return next;
    }

    /// <summary>The latest occurrence in (<paramref name="instant"/> - <paramref name="window"/>, <paramref name="instant"/>], or null.</summary>
    public DateTimeOffset? LatestAtOrBefore(Cadence cadence, string timeZone, DateTimeOffset instant, TimeSpan window)
    {
        DateTimeOffset? latest = null;
        for (var next = NextAfter(cadence, timeZone, instant - window); next is { } at && at <= instant; next = NextAfter(cadence, timeZone, at))
            latest = at;
        return latest;
    }

    public static CronExpression Expression(Cadence cadence, TimeZoneInfo zone) => new(cadence.ToCron(), zone);

    private static DateOnly LocalDate(DateTimeOffset at, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
}
