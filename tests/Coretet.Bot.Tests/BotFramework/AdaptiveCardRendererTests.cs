using System.Text;
using System.Text.Json.Nodes;
using Coretet.Bot.Channels.BotFramework.Cards;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;
using Coretet.Bot.Tests.Support;

namespace Coretet.Bot.Tests.BotFramework;

public class AdaptiveCardRendererTests
{
    private static readonly CardView Everything = new("Tour de consensus",
        [
            new CardText("Proposition *importante*") { Literal = true },
            new CardText("Sous-titre", TextStyle.Subtle),
            new CardText("Attention", TextStyle.Warning),
            new CardFacts([new CardFact("Échéance", "12 décembre"), new CardFact("Positions", "3")]),
            new CardList("Avis divergents", ["Alice : trop tôt", "Bob : [lien](http://x)"]),
            new TextInput("reason", "Raison") { Required = true, ErrorMessage = "Une raison est requise", Multiline = true, MaxLength = 500, Placeholder = "..." },
            new ChoiceInput("stance", "Position", [new Choice("J'adhère", "agree"), new Choice("Objection", "block")]) { Expanded = true, Value = "agree" },
            new DateInput("deadline", "Échéance") { TimeId = "deadlineTime", Value = "2026-12-12", TimeValue = "18:00" },
        ],
        [
            new CardButton("Valider", "round.position", new Dictionary<string, string> { ["round"] = "42" }) { Style = ButtonStyle.Primary },
            new CardButton("Bloquer", "round.block") { Style = ButtonStyle.Danger, SubmitsInputs = false },
        ]);

    [Fact]
    public async Task Render_EveryElementAndFileView_PassTheOfficialRendererWithoutWarnings()
    {
        var file = new FileView("allies.csv", "text/csv", Encoding.UTF8.GetBytes("name;role\nAlice;animatrice\n"), "Voici le fichier");
        var cards = new[] { AdaptiveCardRenderer.Card(Everything), AdaptiveCardRenderer.ToActivity(file, Language.French).Attachments![0].Content };

        await OfficialCardRenderer.AssertValidAsync(cards);
    }

    [Fact]
    public void Render_LiteralText_EscapesMarkdown()
    {
        var card = AdaptiveCardRenderer.Card(Everything);

        Assert.Equal("Proposition \\*importante\\*", (string?)card["body"]![1]!["text"]);
        Assert.Equal("- Alice : trop tôt\n- Bob : \\[lien\\](http://x)", (string?)card["body"]![6]!["text"]);
    }

    [Fact]
    public void Render_Buttons_CarryVerbDataStyleAndInputAssociation()
    {
        var actions = AdaptiveCardRenderer.Card(Everything)["actions"]!.AsArray();

        Assert.Equal("round.position", (string?)actions[0]!["data"]![AdaptiveCardRenderer.VerbKey]);
        Assert.Equal("42", (string?)actions[0]!["data"]!["round"]);
        Assert.Equal("positive", (string?)actions[0]!["style"]);
        Assert.Null(actions[0]!["associatedInputs"]);
        Assert.Equal("destructive", (string?)actions[1]!["style"]);
        Assert.Equal("none", (string?)actions[1]!["associatedInputs"]);
    }

    [Fact]
    public void Render_Message_IsMarkdownTextWithoutAttachment()
    {
        var activity = AdaptiveCardRenderer.ToActivity(new MessageView("**Bonjour**"), Language.French);

        Assert.Equal("**Bonjour**", activity.Text);
        Assert.Equal("markdown", activity.TextFormat);
        Assert.Null(activity.Attachments);
    }

    [Theory]
    [InlineData(Language.French, "Aperçu tronqué : 20000 caractères sur 25000.")]
    [InlineData(Language.English, "Preview truncated: 20000 of 25000 characters.")]
    public void Render_LargeFile_IsTruncatedWithANoteInTheReadersLanguage(Language language, string note)
    {
        var file = new FileView("journal.md", "text/markdown", Encoding.UTF8.GetBytes(new string('a', 25_000)), "Journal");

        var card = AdaptiveCardRenderer.ToActivity(file, language).Attachments![0].Content!;

        var body = card["body"]!.AsArray();
        Assert.Equal("Monospace", (string?)body[2]!["fontType"]);
        Assert.Equal(20_000, ((string?)body[2]!["text"])!.Length);
        Assert.Equal(note, (string?)body[3]!["text"]);
    }

    [Fact]
    public void Render_SmallFile_ShowsNameAndWholeContent()
    {
        var file = new FileView("a.csv", "text/csv", Encoding.UTF8.GetBytes("x;y"), "Export");

        var body = AdaptiveCardRenderer.ToActivity(file, Language.French).Attachments![0].Content!["body"]!.AsArray();

        Assert.Equal(["Export", "a.csv", "x;y"], body.Select(b => (string?)b!["text"]));
    }
}
