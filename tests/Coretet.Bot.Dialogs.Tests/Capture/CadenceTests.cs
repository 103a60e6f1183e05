using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Dialogs.Tests.Capture;

public class CadenceTests
{
    [Fact]
    public void ToCron_Weekly_UsesQuartzDayOfWeekWithSecondsFirst() =>
        Assert.Equal("0 30 9 ? * TUE", Cadence.Weekly(DayOfWeek.Tuesday, new TimeOnly(9, 30)).ToCron());

    [Fact]
    public void ToCron_Monthly_UsesDayOfMonth() =>
        Assert.Equal("0 0 17 15 * ?", Cadence.Monthly(15, new TimeOnly(17, 0)).ToCron());

    [Theory]
    [InlineData(0)]
    [InlineData(29)]
    public void Monthly_DayOutsideEveryMonth_IsRefused(int day) =>
        Assert.Throws<AllianceException>(() => Cadence.Monthly(day, new TimeOnly(9, 0)));

    [Fact]
    public void FiresInWeekOf_Fortnightly_AlternatesFromTheAnchorWeek()
    {
        var cadence = Cadence.Fortnightly(DayOfWeek.Monday, new TimeOnly(9, 0), new DateOnly(2027, 3, 3));
        Assert.True(cadence.FiresInWeekOf(new DateOnly(2027, 3, 1)));
        Assert.False(cadence.FiresInWeekOf(new DateOnly(2027, 3, 8)));
        Assert.True(cadence.FiresInWeekOf(new DateOnly(2027, 3, 15)));
        Assert.False(cadence.FiresInWeekOf(new DateOnly(2027, 2, 22)));
    }

    [Fact]
    public void FromCron_Blank_IsRefused() => Assert.Throws<AllianceException>(() => Cadence.FromCron("  "));

    [Fact]
    public void Describe_Weekly_NamesTheDayInEachLanguage()
    {
        var text = Cadence.Weekly(DayOfWeek.Monday, new TimeOnly(9, 0)).Describe();
        Assert.Equal("chaque lundi à 09:00", text.French);
        Assert.Equal("every Monday at 09:00", text.English);
    }
}
