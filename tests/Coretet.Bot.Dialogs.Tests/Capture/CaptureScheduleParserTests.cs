using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Dialogs.Tests.Capture;

public class CaptureScheduleParserTests
{
    private static readonly DateOnly Today = new(2027, 3, 1);

    [Fact]
    public void Parse_Nothing_IsWeeklyMondayNineByDirectMessage()
    {
        var request = CaptureScheduleParser.Parse("", Today);
        Assert.Equal(Cadence.Weekly(DayOfWeek.Monday, new TimeOnly(9, 0)), request.Cadence);
        Assert.Equal(CaptureDelivery.Direct, request.Delivery);
        Assert.Null(request.Audience);
    }

    [Fact]
    public void Parse_FrenchWords_AreRead()
    {
        var request = CaptureScheduleParser.Parse("chantier ch1 quinzaine Mercredi 17h30 canal animateurs", Today);
        Assert.Equal("ch1", request.ChantierId);
        Assert.Equal(CadenceKind.Fortnightly, request.Cadence.Kind);
        Assert.Equal(DayOfWeek.Wednesday, request.Cadence.Day);
        Assert.Equal(new TimeOnly(17, 30), request.Cadence.Time);
        Assert.Equal(Today, request.Cadence.Anchor);
        Assert.Equal(CaptureDelivery.Channel, request.Delivery);
        Assert.Equal(CaptureAudience.Animators, request.Audience);
    }

    [Fact]
    public void Parse_EnglishMonthly_TakesTheDayNumber()
    {
        var request = CaptureScheduleParser.Parse("monthly 15 8:05 all", Today);
        Assert.Equal(Cadence.Monthly(15, new TimeOnly(8, 5)), request.Cadence);
        Assert.Equal(CaptureAudience.AllAllies, request.Audience);
    }

    [Fact]
    public void Parse_Cron_TakesTheRestOfTheText()
    {
        var request = CaptureScheduleParser.Parse("participants cron \"0 0 9 ? * MON#1\"", Today);
        Assert.Equal(CadenceKind.Cron, request.Cadence.Kind);
        Assert.Equal("0 0 9 ? * MON#1", request.Cadence.Cron);
        Assert.Equal(CaptureAudience.Participants, request.Audience);
    }

    [Fact]
    public void Parse_UnknownWord_NamesItInBothLanguages()
    {
        var refused = Assert.Throws<AllianceException>(() => CaptureScheduleParser.Parse("hebdo lundy", Today));
        Assert.Contains("lundy", refused.Reason.French, StringComparison.Ordinal);
        Assert.Contains("lundy", refused.Reason.English, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("25h")]
    [InlineData("9:75")]
    public void Parse_ImpossibleTime_IsRefused(string time) =>
        Assert.Throws<AllianceException>(() => CaptureScheduleParser.Parse(time, Today));
}
