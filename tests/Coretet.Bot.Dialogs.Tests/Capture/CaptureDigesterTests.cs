using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Dialogs.Tests.Capture.Support;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Tests.Capture;

public class CaptureDigesterTests
{
    // Monday 2027-03-08 10:00 in Paris; the digest covers Monday 03-01 00:00 to Monday 03-08 00:00 (Paris).
    private static readonly DateTimeOffset MondayMorning = new(2027, 3, 8, 9, 0, 0, TimeSpan.Zero);

    private static CaptureWorld World()
    {
        var world = new CaptureWorld(clock: new ManualClock(MondayMorning));
        world.Chantier = world.Chantier with { LinkedConversation = CaptureWorld.Channel };
        world.Schedule();
        return world;
    }

    private static CaptureDigester Digester(CaptureWorld w) => new(w.Store, w, w.Store, w, w, w.Options, w.Clock, w.AllianceStore);

    private static Experience Shared(string id, string author, DateTimeOffset at, string question, string text, string? chantier = "ch1") =>
        new Experience(id, CaptureWorld.AllianceId, "u-" + author, author, at) { ChantierId = chantier } with
        {
            Answers = [new ExperienceAnswer(question, new LocalizedText(question + " ?", question + "?"), text)],
        };

    [Fact]
    public async Task Run_WithLastWeeksExperiences_PostsOneDigestGroupedByQuestionWithAuthors()
    {
        var world = World();
        world.Store.Experiences["a"] = Shared("a", "Bob", MondayMorning.AddDays(-3), "learned", "Ask first");
        world.Store.Experiences["b"] = Shared("b", "Carol", MondayMorning.AddDays(-2), "learned", "Share tools");
        world.Store.Experiences["c"] = Shared("c", "Carol", MondayMorning.AddDays(-20), "learned", "Too old");
        world.Store.Experiences["d"] = Shared("d", "Dan", MondayMorning.AddDays(-1), "learned", "Other chantier", chantier: null);

        Assert.Equal(1, await Digester(world).RunAsync(default));
        Assert.Equal(0, await Digester(world).RunAsync(default));

        var post = Assert.Single(world.Sent);
        Assert.Equal(CaptureWorld.Channel, Assert.IsType<ConversationTarget>(post.Target).Conversation);
        var group = Assert.Single(Assert.IsType<CardView>(post.View).Body.OfType<CardList>());
        Assert.Equal("learned ?", group.Heading);
        Assert.Equal(["Bob : Ask first", "Carol : Share tools"], group.Items);
    }

    [Fact]
    public async Task Run_AllianceSpeaksEnglish_PostsTheDigestInEnglish()
    {
        var world = World();
        await world.AllianceStore.ChangeAsync(CaptureWorld.AllianceId, a => { a.SetDefaultLanguage(Turns.Language.English); return true; }, default);
        world.Store.Experiences["a"] = Shared("a", "Bob", MondayMorning.AddDays(-3), "learned", "Ask first");

        Assert.Equal(1, await Digester(world).RunAsync(default));

        var card = Assert.IsType<CardView>(Assert.Single(world.Sent).View);
        Assert.Equal(Turns.Language.English, card.Language);
        Assert.Equal("learned?", Assert.Single(card.Body.OfType<CardList>()).Heading);
    }

    [Fact]
    public async Task Run_NothingToSay_PostsNothing()
    {
        var world = World();
        world.Store.Experiences["n"] = Experience.Nothing(Shared("n", "Bob", MondayMorning.AddDays(-2), "learned", "x"));
        Assert.Equal(0, await Digester(world).RunAsync(default));
        Assert.Empty(world.Sent);
    }

    [Fact]
    public async Task Run_MondayBeforeNine_Waits()
    {
        var world = World();
        world.Clock.Set(MondayMorning.AddHours(-2)); // 08:00 in Paris
        world.Store.Experiences["a"] = Shared("a", "Bob", MondayMorning.AddDays(-3), "learned", "Ask first");
        Assert.Equal(0, await Digester(world).RunAsync(default));
    }
}
