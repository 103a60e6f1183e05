using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Scheduling.Capture;

namespace Coretet.Bot.Tests.Capture;

public class CaptureCalendarTests
{
    private const string Paris = "Europe/Paris";
    private static readonly Cadence MondayNine = Cadence.Weekly(DayOfWeek.Monday, new TimeOnly(9, 0));
    private readonly QuartzCadenceCalendar calendar = new();

    private List<DateTimeOffset> Next(Cadence cadence, DateTimeOffset from, int count)
    {
        var list = new List<DateTimeOffset>();
        for (var at = calendar.NextAfter(cadence, Paris, from); at is { } a && list.Count < count; at = calendar.NextAfter(cadence, Paris, a))
            list.Add(a);
        return list;
    }

    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2027, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void NextAfter_WeeklyMondayNineParis_MovesOneHourEarlierInUtcAfterTheMarch2027Change() =>
        Assert.Equal([Utc(3, 15, 8), Utc(3, 22, 8), Utc(3, 29, 7), Utc(4, 5, 7)], Next(MondayNine, Utc(3, 10, 0), 4));

    [Fact]
    public void NextAfter_WeeklyMondayNineParis_MovesOneHourLaterInUtcAfterTheOctober2027Change() =>
        Assert.Equal([Utc(10, 18, 7), Utc(10, 25, 7), Utc(11, 1, 8), Utc(11, 8, 8)], Next(MondayNine, Utc(10, 12, 0), 4));

    [Fact]
    public void QuartzTrigger_WeeklyMondayNineParis_FiresAtTheSameInstantsAsTheCalendar()
    {
        var schedule = CaptureSchedule.Create(new CaptureScheduleDraft("0000000a", "al1", null, MondayNine, Paris), "u", Utc(1, 1, 0));
        var trigger = CaptureTriggerRegistrar.BuildTrigger(schedule, CaptureTriggerRegistrar.JobKeyOf("al1", schedule.Id), TimeProvider.System);
        var fires = new List<DateTimeOffset>();
        for (var at = trigger.GetFireTimeAfter(Utc(3, 10, 0)); at is { } a && fires.Count < 4; at = trigger.GetFireTimeAfter(a))
            fires.Add(a);
        Assert.Equal(Next(MondayNine, Utc(3, 10, 0), 4), fires);
    }

    [Fact]
    public void NextAfter_TimeInTheSpringForwardGap_FiresOnceAtTheEndOfTheGap()
    {
        var sunday = Cadence.Weekly(DayOfWeek.Sunday, new TimeOnly(2, 30));
        // 2027-03-28 02:30 does not exist in Paris: the prompt goes at 03:00 CEST (01:00Z), not lost, not doubled.
        Assert.Equal([Utc(3, 21, 1, 30), Utc(3, 28, 1), Utc(4, 4, 0, 30)], Next(sunday, Utc(3, 20, 0), 3));
    }

    [Fact]
    public void NextAfter_TimeRepeatedAtFallBack_FiresOnce()
    {
        var sunday = Cadence.Weekly(DayOfWeek.Sunday, new TimeOnly(2, 30));
        // 2027-10-31 02:30 happens twice in Paris: one prompt, at the first one (00:30Z).
        Assert.Equal([Utc(10, 24, 0, 30), Utc(10, 31, 0, 30), Utc(11, 7, 1, 30)], Next(sunday, Utc(10, 20, 0), 3));
    }

    [Fact]
    public void NextAfter_Fortnightly_SkipsTheOffWeeksAcrossTheChange()
    {
        var cadence = Cadence.Fortnightly(DayOfWeek.Monday, new TimeOnly(9, 0), new DateOnly(2027, 3, 15));
        Assert.Equal([Utc(3, 15, 8), Utc(3, 29, 7), Utc(4, 12, 7)], Next(cadence, Utc(3, 10, 0), 3));
    }

    [Fact]
    public void LatestAtOrBefore_WithinTheWindow_FindsTheMissedOccurrence_OlderIsNull()
    {
        var window = TimeSpan.FromHours(12);
        Assert.Equal(Utc(3, 29, 7), calendar.LatestAtOrBefore(MondayNine, Paris, Utc(3, 29, 18), window));
        Assert.Null(calendar.LatestAtOrBefore(MondayNine, Paris, Utc(3, 29, 19, 1), window));
    }

    [Theory]
    [InlineData("0 9 * * 1")]
    [InlineData("0 0 25 ? * MON")]
    [InlineData("not a cron")]
    public void ValidateCron_Invalid_ExplainsTheQuartzFormatInBothLanguages(string expression)
    {
        var reason = calendar.ValidateCron(expression);
        Assert.NotNull(reason);
        Assert.Contains("secondes d'abord", reason.French, StringComparison.Ordinal);
        Assert.Contains("seconds first", reason.English, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateCron_MoreThanDaily_IsRefused_DailyIsAccepted()
    {
        Assert.Contains("more than once a day", calendar.ValidateCron("0 0/30 * ? * *")!.English, StringComparison.Ordinal);
        Assert.Null(calendar.ValidateCron("0 0 9 ? * MON-FRI"));
    }
}
