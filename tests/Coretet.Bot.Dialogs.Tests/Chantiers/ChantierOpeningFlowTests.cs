using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;
using static Coretet.Bot.Dialogs.Tests.Chantiers.ChantierWorld;

namespace Coretet.Bot.Dialogs.Tests.Chantiers;

public class ChantierOpeningFlowTests
{
    private readonly ChantierWorld world = new();

    [Theory]
    [InlineData("nouveau chantier", Language.French, "Nouveau chantier")]
    [InlineData("new chantier", Language.English, "New chantier")]
    public async Task NewChantier_Ally_GetsTheFormWithEveryField(string command, Language language, string title)
    {
        var form = Card(await world.Say(command, language: language));

        Assert.Equal(title, form.Title);
        Assert.Equal(["title", "kind", "purpose", "date", "link"], form.Body.OfType<CardInput>().Select(i => i.Id));
        Assert.Equal("chantier.create", Assert.Single(form.Buttons).Verb);
    }

    [Fact]
    public async Task NewChantier_NonAlly_GetsTheCharterCard_AndCannotSubmitEither()
    {
        Assert.Equal(FakeAlliance.CharterCardTitle, Card(await world.Say("nouveau chantier", Stranger)).Title);
        Assert.Equal(FakeAlliance.CharterCardTitle, Card(await world.Open("Jardins", from: Stranger)).Title);
        Assert.Equal(0, world.Chantiers.Count);
    }

    [Theory]
    [InlineData(Language.French, "Chantier n° 1 · Jardins partagés", "Animation (1)", "Alice")]
    [InlineData(Language.English, "Chantier no. 1 · Jardins partagés", "Animators (1)", "Alice")]
    public async Task Create_Valid_ReplacesTheFormWithTheCard_AndJournals(Language language, string title, string animators, string name)
    {
        var result = await world.Open("Jardins partagés", purpose: "Cultiver ensemble", date: "2026-12-24", language: language);

        var card = Card(result);
        Assert.Equal(title, card.Title);
        Assert.Equal(ReplyTarget.ClickedCard, result.Replies[0].Target);
        Assert.Equal(name, Fact(card, animators));
        Assert.Contains(card.Body.OfType<CardText>(), t => t.Text == "Cultiver ensemble" && t.Literal);
        var entry = Assert.Single(world.Alliance.Entries);
        Assert.Equal(ChantierEvents.ChantierOpened, entry.Kind);
        Assert.Equal("1", entry.ChantierId);
        Assert.Equal(Alice.Key, entry.ActorId);
        Assert.Equal("Alice a ouvert le chantier n° 1 « Jardins partagés » (thématique).", entry.Summary.French);
        Assert.Equal("Alice opened chantier no. 1 \"Jardins partagés\" (thematic).", entry.Summary.English);
    }

    [Theory]
    [InlineData("", "", null, Language.French, "Le titre est obligatoire")]
    [InlineData("", "", null, Language.English, "A title is required")]
    [InlineData("Jardins", "P5000", null, Language.French, "raison d'être est trop longue")]
    [InlineData("Jardins", "P5000", null, Language.English, "purpose is too long")]
    [InlineData("Jardins", "", "2026-11-30", Language.French, "est déjà passée")]
    [InlineData("Jardins", "", "2026-11-30", Language.English, "is in the past")]
    [InlineData("Jardins", "", "30/11/2026", Language.English, "YYYY-MM-DD")]
    public async Task Create_Invalid_ShowsTheFormAgainWithTheReason_AndCreatesNothing(string title, string purpose, string? date, Language language, string expected)
    {
        var result = await world.Open(title, purpose: purpose == "P5000" ? new string('p', 5000) : purpose, date: date, language: language);

        var form = Card(result);
        Assert.Contains(expected, Warning(form));
        Assert.Equal(title, form.Body.OfType<TextInput>().First(i => i.Id == "title").Value);
        Assert.Equal(0, world.Chantiers.Count);
        Assert.Empty(world.Alliance.Entries);
    }

    [Fact]
    public async Task Create_UnknownKind_IsRefused()
    {
        var form = Card(await world.Open("Jardins", kind: "<script>", language: Language.English));

        Assert.Contains("Choose the kind", Warning(form));
        Assert.Equal(0, world.Chantiers.Count);
    }

    [Theory]
    [InlineData(Language.French, "chantier 1")]
    [InlineData(Language.English, "chantier 1")]
    public async Task Create_DuplicateOpenTitle_PointsToTheExistingOne(Language language, string pointer)
    {
        await world.Open("Jardins partagés");

        var form = Card(await world.Open("JARDINS PARTAGES", from: Bob, language: language));

        Assert.Contains(pointer, Warning(form));
        Assert.Equal(1, world.Chantiers.Count);
    }

    [Fact]
    public async Task Create_LinkYes_LinksTheCurrentChannel()
    {
        await world.Click("chantier.create", new() { ["title"] = "Jardins", ["kind"] = "collegial", ["link"] = "yes" });

        var chantier = await world.Chantiers.FindAsync(world.Alliance.Alliance.Id, 1, default);
        Assert.Equal(Support.TurnBuilder.Team, chantier!.LinkedConversation);
        Assert.Equal(ChantierKind.Collegial, chantier.Kind);
    }

    [Fact]
    public async Task Create_NumbersFollowEachOtherPerAlliance()
    {
        await world.Open("Un");
        Card(await world.Open("Deux"));

        Assert.Equal("Chantier n° 2 · Deux", Card(await world.Say("chantier 2")).Title);
    }
}
