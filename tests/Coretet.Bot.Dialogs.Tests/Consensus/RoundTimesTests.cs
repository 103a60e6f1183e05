using Coretet.Bot.Dialogs.Consensus;
using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Dialogs.Tests.Consensus;

public class RoundTimesTests
{
    [Fact]
    public void ParseLocal_ParisWinter_IsUtcPlusOne()
    {
        var deadline = RoundTimes.ParseLocal("2026-12-08", "18:00", "Europe/Paris");

        Assert.Equal(new DateTimeOffset(2026, 12, 8, 17, 0, 0, TimeSpan.Zero), deadline);
    }

    [Fact]
    public void ParseLocal_SkippedDstHour_MovesOneHourLater()
    {
        var deadline = RoundTimes.ParseLocal("2027-03-28", "02:30", "Europe/Paris");

        Assert.Equal(new DateTimeOffset(2027, 3, 28, 1, 30, 0, TimeSpan.Zero), deadline);
    }

    [Theory]
    [InlineData("08/12/2026", "18:00")]
    [InlineData("2026-12-08", "25:00")]
    [InlineData("", null)]
    public void ParseLocal_Unreadable_Null(string date, string? time)
    {
        Assert.Null(RoundTimes.ParseLocal(date, time, "Europe/Paris"));
    }

    [Fact]
    public void Format_ReaderZone_ShowsLocalTime()
    {
        var instant = new DateTimeOffset(2026, 12, 8, 17, 0, 0, TimeSpan.Zero);

        Assert.Contains("18:00 (Europe/Paris)", RoundTimes.Format(instant, "Europe/Paris", Language.French));
        Assert.Contains("12:00 (America/New_York)", RoundTimes.Format(instant, "America/New_York", Language.English));
        Assert.Contains("Tuesday", RoundTimes.Format(instant, "America/New_York", Language.English));
    }
}
