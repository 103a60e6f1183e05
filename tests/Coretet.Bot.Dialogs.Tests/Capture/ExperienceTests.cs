using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Dialogs.Tests.Capture;

public class ExperienceTests
{
    private static readonly Experience Header = new("e1", "al1", "u1", "Alice", DateTimeOffset.UnixEpoch);

    private static ExperienceAnswer Answer(string key, string text) => new(key, new LocalizedText(key, key), text);

    [Fact]
    public void FromAnswers_TrimsAndDropsEmptyAnswers_ParsesTags()
    {
        var experience = Experience.FromAnswers(Header, [Answer("path", "  long road "), Answer("result", "   ")], "#soil, water soil");
        Assert.Equal("long road", Assert.Single(experience.Answers).Text);
        Assert.Equal(["soil", "water"], experience.Tags);
        Assert.False(experience.NothingToReport);
    }

    [Fact]
    public void FromAnswers_AllEmpty_IsRefused() =>
        Assert.Throws<AllianceException>(() => Experience.FromAnswers(Header, [Answer("path", ""), Answer("result", " ")], null));

    [Fact]
    public void FromAnswers_TooLong_IsRefused() =>
        Assert.Throws<AllianceException>(() => Experience.FromAnswers(Header, [Answer("path", new string('x', Experience.MaxAnswerLength + 1))], null));

    [Fact]
    public void Nothing_IsRecordedWithoutAnswers() =>
        Assert.True(Experience.Nothing(Header).NothingToReport);
}
