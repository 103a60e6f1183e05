using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Dialogs.Tests.Capture;

public class CapturePreferencesTests
{
    private static readonly TimeZoneInfo Paris = CaptureZones.Find("Europe/Paris");

    private static readonly CapturePreferences Quiet = new CapturePreferences("al1", "u1") { Quiet = new QuietHours(new TimeOnly(20, 0), new TimeOnly(8, 0)) };

    [Fact]
    public void SendableAt_InsideQuietHoursAcrossMidnight_IsTheirEndInTheAllysZone()
    {
        var at = new DateTimeOffset(2027, 1, 10, 21, 30, 0, TimeSpan.Zero); // 22:30 in Paris (UTC+1)
        Assert.Equal(new DateTimeOffset(2027, 1, 11, 7, 0, 0, TimeSpan.Zero), Quiet.SendableAt(at, Paris));
    }

    [Fact]
    public void SendableAt_OutsideQuietHours_IsNow()
    {
        var at = new DateTimeOffset(2027, 1, 11, 8, 0, 0, TimeSpan.Zero);
        Assert.Equal(at, Quiet.SendableAt(at, Paris));
    }

    [Fact]
    public void SendableAt_EarlyMorningBeforeEnd_IsTheSameDaysEnd()
    {
        var at = new DateTimeOffset(2027, 7, 5, 4, 0, 0, TimeSpan.Zero); // 06:00 in Paris (UTC+2)
        Assert.Equal(new DateTimeOffset(2027, 7, 5, 6, 0, 0, TimeSpan.Zero), Quiet.SendableAt(at, Paris));
    }

    [Fact]
    public void PauseFor_Days_EndsAfterThemAndOutOfRangeIsRefused()
    {
        var now = DateTimeOffset.UnixEpoch;
        var paused = new CapturePreferences("al1", "u1").PauseFor(14, now);
        Assert.True(paused.IsPausedAt(now.AddDays(13)));
        Assert.False(paused.IsPausedAt(now.AddDays(14)));
        Assert.Throws<AllianceException>(() => paused.PauseFor(0, now));
        Assert.Throws<AllianceException>(() => paused.PauseFor(CapturePreferences.MaxPauseDays + 1, now));
    }
}
