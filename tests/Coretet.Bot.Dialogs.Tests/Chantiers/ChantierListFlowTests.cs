using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;
using static Coretet.Bot.Dialogs.Tests.Chantiers.ChantierWorld;

namespace Coretet.Bot.Dialogs.Tests.Chantiers;

public class ChantierListFlowTests
{
    private readonly ChantierWorld world = new();

    private static IReadOnlyList<string> Items(TurnResult result) => Card(result).Body.OfType<CardList>().SingleOrDefault()?.Items ?? [];

    [Fact]
    public async Task Chantiers_ListsOpenOnesWithKindAnimatorsAndParticipantCount()
    {
        await world.Open("Jardins", kind: "thematic");
        await world.Open("Vallée", kind: "geocultural", from: Bob);
        await world.On(1, "chantier.join", Bob);

        var fr = Items(await world.Say("chantiers"));
        var en = Items(await world.Say("chantiers", language: Language.English));

        Assert.Equal(["n° 1 · Jardins · thématique · animation : Alice · 1 participant·e(s)", "n° 2 · Vallée · géo-culturel · animation : Bob · 0 participant·e(s)"], fr);
        Assert.Equal("no. 1 · Jardins · thematic · animators: Alice · 1 participant(s)", en[0]);
    }

    [Theory]
    [InlineData("chantiers thématique")]
    [InlineData("chantiers thematic")]
    public async Task Chantiers_FilteredByKind_ShowsOnlyThatKind(string command)
    {
        await world.Open("Jardins", kind: "thematic");
        await world.Open("Vallée", kind: "geocultural");

        var items = Items(await world.Say(command));

        Assert.Single(items);
        Assert.Contains("Jardins", items[0]);
    }

    [Theory]
    [InlineData("chantiers fermés", Language.French, "clos le 2026-12-01 : « Nous avons fini. »")]
    [InlineData("chantiers closed", Language.English, "closed on 2026-12-01: \"Nous avons fini.\"")]
    public async Task Chantiers_Closed_ListsClosedOnesWithTheirStatement(string command, Language language, string expected)
    {
        await world.Open("Jardins");
        await world.Open("Vallée");
        await world.On(1, "chantier.close", Alice, extra: new() { ["statement"] = "Nous avons fini." });

        var closed = Items(await world.Say(command, language: language));
        var open = Items(await world.Say("chantiers", language: language));

        Assert.Contains(expected, Assert.Single(closed));
        Assert.Contains("Vallée", Assert.Single(open));
    }

    [Fact]
    public async Task Chantiers_None_SaysHowToOpenOne()
    {
        var card = Card(await world.Say("chantiers", language: Language.English));

        Assert.Contains(card.Body.OfType<CardText>(), t => t.Text.Contains("new chantier", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Chantiers_UnknownFilter_SaysWhichFiltersExist()
    {
        Assert.Contains("chantiers thematic", Text(await world.Say("chantiers politics", language: Language.English)));
    }

    [Theory]
    [InlineData("chantier", "numéro")]
    [InlineData("chantier abc", "numéro")]
    [InlineData("chantier 9", "n° 9")]
    public async Task Chantier_MissingOrUnknownNumber_SaysSo(string command, string expected)
    {
        Assert.Contains(expected, Text(await world.Say(command)));
    }

    [Fact]
    public async Task Chantier_Number_ShowsTheCardToAnyone_EvenANonAlly()
    {
        await world.Open("Jardins");

        var card = Card(await world.Say("chantier 1", Stranger));

        Assert.Equal("Chantier n° 1 · Jardins", card.Title);
        Assert.Contains(card.Buttons, b => b.Verb == "chantier.join");
    }
}
