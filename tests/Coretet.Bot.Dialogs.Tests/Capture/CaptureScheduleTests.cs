using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Dialogs.Tests.Capture;

public class CaptureScheduleTests
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private static CaptureScheduleDraft Draft(string? chantier = null) =>
        new("abcdef01", "al1", chantier, Cadence.Weekly(DayOfWeek.Monday, new TimeOnly(9, 0)), "Europe/Paris");

    [Fact]
    public void Create_AllianceWideForParticipants_IsRefused() =>
        Assert.Throws<AllianceException>(() => CaptureSchedule.Create(Draft() with { Audience = CaptureAudience.Participants }, "u", Now));

    [Fact]
    public void Create_ChannelDeliveryWithoutLinkedChannel_IsRefused() =>
        Assert.Throws<AllianceException>(() => CaptureSchedule.Create(Draft("ch1") with { Delivery = CaptureDelivery.Channel }, "u", Now));

    [Fact]
    public void Create_Default_AsksTheFourDefaultQuestions()
    {
        var schedule = CaptureSchedule.Create(Draft(), "u", Now);
        Assert.Equal(["path", "result", "learned", "signals"], schedule.Questions.Select(q => q.Key));
        Assert.False(schedule.IsPaused);
    }

    [Fact]
    public void Pause_Twice_IsRefusedAndResumeWorks()
    {
        var schedule = CaptureSchedule.Create(Draft(), "u", Now);
        schedule.Pause();
        Assert.Throws<AllianceException>(schedule.Pause);
        schedule.Resume();
        Assert.False(schedule.IsPaused);
        Assert.Throws<AllianceException>(schedule.Resume);
    }

    [Fact]
    public void ReplaceQuestions_ParsedFromText_KeepsOrderAndSameTextInBothLanguages()
    {
        var schedule = CaptureSchedule.Create(Draft(), "u", Now);
        schedule.ReplaceQuestions(CaptureQuestions.Parse("Qu'est-ce qui a marché ? | Et raté ?"));
        Assert.Equal(["q1", "q2"], schedule.Questions.Select(q => q.Key));
        Assert.Equal("Et raté ?", schedule.Questions[1].Text.English);
    }

    [Fact]
    public void QuestionsParse_TooMany_IsRefused() =>
        Assert.Throws<AllianceException>(() => CaptureQuestions.Parse("a|b|c|d|e|f|g"));

    [Fact]
    public void OccurrenceKey_RoundTripsThroughParsing()
    {
        var schedule = CaptureSchedule.Create(Draft(), "u", Now);
        var at = new DateTimeOffset(2027, 3, 29, 7, 0, 0, TimeSpan.Zero);
        Assert.True(CaptureKeys.TryParseOccurrence(schedule.OccurrenceKey(at), out var id, out var parsed));
        Assert.Equal(schedule.Id, id);
        Assert.Equal(at, parsed);
        Assert.False(CaptureKeys.TryParseOccurrence("../x@2027", out _, out _));
    }
}
