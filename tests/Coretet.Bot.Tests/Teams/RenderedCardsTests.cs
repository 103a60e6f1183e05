using System.Text;
using Coretet.Bot.Channels.BotFramework.Cards;
using Coretet.Bot.Channels.BotFramework.Schema;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;
using Coretet.Bot.Tests.Support;

namespace Coretet.Bot.Tests.Teams;

/// <summary>Every shape of neutral view the flows can build, rendered by the Teams adapter, passes the official renderer.</summary>
public sealed class RenderedCardsTests
{
    private static readonly CardElement[] EveryElement =
    [
        new CardText("**Charte** v3 — objectifs, valeurs, procédures"),
        new CardText("Texte écrit par un·e allié·e : *pas* de <b>balise</b> ni [lien](https://x) ni <at>Bob</at>", TextStyle.Normal) { Literal = true },
        new CardText("Titre", TextStyle.Heading),
        new CardText("Discret", TextStyle.Subtle),
        new CardText("Important", TextStyle.Emphasis),
        new CardText("Attention : objection bloquante", TextStyle.Warning),
        new CardText(new string('x', 5000)),
        new CardFacts([new CardFact("Version", "3"), new CardFact("Signée le", "2026-12-01 « ok »"), new CardFact("", "")]),
        new CardList("Allié·es", ["Alice", "Bob *gras*", "Ligne\ncoupée"]),
        new CardList(null, []),
        new TextInput("reason", "Raison") { Required = true, ErrorMessage = "Une raison est requise", Placeholder = "Pourquoi ?", Multiline = true, MaxLength = 2000 },
        new TextInput("title", "Titre") { Value = "Jardins" },
        new ChoiceInput("stance", "Position", [new Choice("J'adhère", "agree"), new Choice("Objection bloquante", "block")]) { Required = true, ErrorMessage = "Choisissez", Expanded = true },
        new ChoiceInput("kind", "Type", [new Choice("Thématique", "thematic")]) { Value = "thematic" },
        new DateInput("deadline", "Échéance") { Required = true, ErrorMessage = "Date requise", TimeId = "deadlineTime", Value = "2026-12-24", TimeValue = "18:00" },
        new DateInput("review", "Revue"),
    ];

    private static readonly CardButton[] EveryButton =
    [
        new CardButton("Je signe", "charter.sign", new Dictionary<string, string> { ["version"] = "3" }) { Style = ButtonStyle.Primary },
        new CardButton("Retirer", "charter.withdraw") { Style = ButtonStyle.Danger, SubmitsInputs = false },
        new CardButton("Plus tard", "charter.later"),
    ];

    public static TheoryData<string, CardView> Views() => new()
    {
        { "every element and button", new CardView("Tour de consensus", EveryElement, EveryButton) { Key = "round:1" } },
        { "no title, no button", new CardView(null, [new CardText("Seul")], []) },
        { "title only", new CardView("Titre", [], []) },
        { "each element alone", new CardView("Chaque élément", EveryElement.Take(1).ToList(), EveryButton.Take(1).ToList()) },
        { "eleven buttons (more than Teams' 5 actions)", new CardView("Chantier", [], Enumerable.Range(1, 11).Select(i => new CardButton($"Bouton {i}", "chantier.join")).ToList()) },
        {
            "required inputs without an error message", new CardView("Formulaire", [
                new ChoiceInput("kind", "Type", [new Choice("Thématique", "thematic")]) { Required = true },
                new TextInput("title", "Titre") { Required = true },
                new DateInput("deadline", "Échéance") { Required = true, TimeId = "deadlineTime" },
            ], EveryButton.Take(1).ToList()) { Language = Language.English }
        },
    };

    [Theory]
    [MemberData(nameof(Views))]
    public async Task Render_NeutralCardView_PassesTheOfficialRenderer(string shape, CardView view)
    {
        var card = AdaptiveCardRenderer.Card(view).ToJsonString();

        var result = await AdaptiveCardValidator.ValidateAsync(card);

        Assert.True(result.IsValid, $"{shape}:\n{result}\n{card}");
    }

    [Fact]
    public async Task Render_EachElementInItsOwnCard_PassesTheOfficialRenderer()
    {
        var cards = EveryElement.Select(e => AdaptiveCardRenderer.Card(new CardView(null, [e], [])).ToJsonString())
            .Concat(EveryButton.Select(b => AdaptiveCardRenderer.Card(new CardView("Bouton", [], [b])).ToJsonString()));

        await AdaptiveCardValidator.AssertValidAsync(cards);
    }

    [Theory]
    [InlineData(Language.French, 10)]
    [InlineData(Language.English, 100_000)]
    public async Task Render_FileView_PassesTheOfficialRenderer(Language language, int size)
    {
        var file = new FileView("allies.csv", "text/csv", Encoding.UTF8.GetBytes(new string('a', size)), "Les allié·es");

        var activity = AdaptiveCardRenderer.ToActivity(file, language);

        var cards = (activity.Attachments ?? []).Where(a => a.ContentType == Attachment.AdaptiveCardType).Select(a => a.Content!.ToJsonString()).ToList();
        await AdaptiveCardValidator.AssertValidAsync(cards);
    }
}
