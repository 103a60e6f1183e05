using System.Text.Json.Nodes;
using Coretet.Bot.Channels.Slack;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;
using Microsoft.Extensions.Logging.Abstractions;

namespace Coretet.Bot.Tests.Slack;

public class SlackBlockKitRendererTests
{
    private readonly SlackBlockKitRenderer renderer = new(NullLogger<SlackBlockKitRenderer>.Instance);

    [Fact]
    public void Card_WithMoreThan50Blocks_IsCutTo50_KeepingTheButtons()
    {
        var body = Enumerable.Range(0, 80).Select(i => (CardElement)new CardText($"ligne {i}")).ToList();
        var card = new CardView("Titre", body, [new CardButton("Ok", "x.ok")]);

        var blocks = renderer.RenderMessage(card).Blocks;

        Assert.Equal(SlackLimits.MessageBlocks, blocks.Count);
        Assert.Equal("actions", Type(blocks[^1]));
        Assert.Equal("context", Type(blocks[^2]));
        Assert.Equal("…", blocks[^2]!["elements"]![0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void Modal_WithMoreThan100Blocks_IsCutTo100()
    {
        var body = Enumerable.Range(0, 150).Select(i => (CardElement)new TextInput($"in{i}", $"Champ {i}")).ToList();
        var card = new CardView("Un titre bien trop long pour Slack", body, [new CardButton("Envoyer et fermer la fenêtre maintenant", "x.send")]);

        var modal = renderer.RenderModal(card, "C1", null, null)!;

        Assert.Equal(SlackLimits.ModalBlocks, modal["blocks"]!.AsArray().Count);
        Assert.True(modal["title"]!["text"]!.GetValue<string>().Length <= SlackLimits.ModalTitle);
        Assert.True(modal["submit"]!["text"]!.GetValue<string>().Length <= SlackLimits.ModalButton);
    }

    [Fact]
    public void LongTexts_AreSplitOrCut_WithinSlacksTextLimits()
    {
        var card = new CardView(new string('T', 400), [new CardText(new string('a', 7000)), new CardFacts([new CardFact("k", new string('v', 5000))])], []);

        var blocks = renderer.RenderMessage(card).Blocks;

        Assert.True(blocks[0]!["text"]!["text"]!.GetValue<string>().Length <= SlackLimits.HeaderText);
        var sections = blocks.Where(b => Type(b) == "section" && b!["text"] is not null).ToList();
        Assert.True(sections.Count >= 3);
        Assert.All(sections, s => Assert.True(s!["text"]!["text"]!.GetValue<string>().Length <= SlackLimits.SectionText));
        Assert.Equal(7000, sections.Sum(s => s!["text"]!["text"]!.GetValue<string>().Length));
        var field = blocks.Single(b => b!["fields"] is not null)!["fields"]![0]!["text"]!.GetValue<string>();
        Assert.Equal(SlackLimits.FieldText, field.Length);
        Assert.EndsWith("…", field);
    }

    [Fact]
    public void Facts_AreGroupedTenFieldsPerSection()
    {
        var facts = Enumerable.Range(0, 23).Select(i => new CardFact($"k{i}", $"v{i}")).ToList();

        var blocks = renderer.RenderMessage(new CardView(null, new CardFacts(facts))).Blocks;

        Assert.Equal([10, 10, 3], blocks.Select(b => b!["fields"]!.AsArray().Count));
    }

    [Fact]
    public void Buttons_AreSplitIntoActionsBlocksOf25_WithBoundedLabels()
    {
        var buttons = Enumerable.Range(0, 30).Select(i => new CardButton(new string('b', 100), $"x.b{i}")).ToList();

        var blocks = renderer.RenderMessage(new CardView(null, [], buttons)).Blocks;

        Assert.Equal([25, 5], blocks.Select(b => b!["elements"]!.AsArray().Count));
        var first = blocks[0]!["elements"]![0]!;
        Assert.True(first["text"]!["text"]!.GetValue<string>().Length <= SlackLimits.ButtonText);
        Assert.Equal("coretet.0", first["action_id"]!.GetValue<string>());
    }

    [Fact]
    public void Button_WhoseDataDoesNotFitAButtonValue_IsLeftOut()
    {
        var big = new CardButton("Gros", "x.big", new Dictionary<string, string> { ["blob"] = new string('z', 2100) });
        var small = new CardButton("Petit", "x.small", new Dictionary<string, string> { ["id"] = "1" }) { Style = ButtonStyle.Primary };

        var blocks = renderer.RenderMessage(new CardView(null, [], [big, small])).Blocks;

        var element = Assert.Single(blocks[0]!["elements"]!.AsArray())!;
        Assert.Equal("primary", element["style"]!.GetValue<string>());
        var value = element["value"]!.GetValue<string>();
        Assert.True(value.Length <= SlackLimits.ButtonValue);
        Assert.Equal(("x.small", "1"), (SlackActionCodec.Decode(value)!.Verb, SlackActionCodec.Decode(value)!.Data["id"]));
    }

    [Fact]
    public void LiteralText_IsEscaped_AndNotFormatted()
    {
        var card = new CardView(null, new CardText("**pas gras** <!channel> <@U123> & <https://x|y>") { Literal = true });

        var text = renderer.RenderMessage(card).Blocks[0]!["text"]!;

        Assert.Equal("**pas gras** &lt;!channel&gt; &lt;@U123&gt; &amp; &lt;https://x|y&gt;", text["text"]!.GetValue<string>());
        Assert.True(text["verbatim"]!.GetValue<bool>());
    }

    [Fact]
    public void BotMarkdown_BecomesMrkdwn_AndStillEscapesQuotedText()
    {
        var message = renderer.RenderMessage(new MessageView("Tapez **aide** ou lisez [la charte](https://example.org/c?a=1&b=2). « <!here> »"));

        Assert.Equal("Tapez *aide* ou lisez <https://example.org/c?a=1&amp;b=2|la charte>. « &lt;!here&gt; »", message.Blocks[0]!["text"]!["text"]!.GetValue<string>());
        Assert.DoesNotContain("<!here>", message.Text);
    }

    [Fact]
    public void ExpandedChoice_WithUpTo10Options_IsRadio_AndWithMore_IsASelect()
    {
        var few = new ChoiceInput("stance", "Position", Enumerable.Range(0, 5).Select(i => new Choice($"c{i}", $"v{i}")).ToList()) { Expanded = true, Value = "v2" };
        var many = new ChoiceInput("many", "Beaucoup", Enumerable.Range(0, 12).Select(i => new Choice($"c{i}", $"v{i}")).ToList()) { Expanded = true };

        var blocks = renderer.RenderMessage(new CardView(null, few, many)).Blocks;

        Assert.Equal("radio_buttons", blocks[0]!["element"]!["type"]!.GetValue<string>());
        Assert.Equal("v2", blocks[0]!["element"]!["initial_option"]!["value"]!.GetValue<string>());
        Assert.Equal("static_select", blocks[1]!["element"]!["type"]!.GetValue<string>());
        Assert.Equal(12, blocks[1]!["element"]!["options"]!.AsArray().Count);
    }

    [Fact]
    public void DateInput_WithTime_IsADatepickerAndATimepicker()
    {
        var date = new DateInput("deadline", "Échéance") { Value = "2026-12-24", TimeId = "deadlineTime", TimeValue = "18:00", Required = true };

        var blocks = renderer.RenderMessage(new CardView(null, date)).Blocks;

        Assert.Equal(("datepicker", "2026-12-24"), (blocks[0]!["element"]!["type"]!.GetValue<string>(), blocks[0]!["element"]!["initial_date"]!.GetValue<string>()));
        Assert.Equal(("timepicker", "deadlineTime"), (blocks[1]!["element"]!["type"]!.GetValue<string>(), blocks[1]!["block_id"]!.GetValue<string>()));
        Assert.False(blocks[1]!["optional"]!.GetValue<bool>());
    }

    [Fact]
    public void Modal_WithoutASubmittingButton_IsNotPossible()
    {
        var card = new CardView("Form", [new TextInput("a", "A")], [new CardButton("Fermer", "x.close") { SubmitsInputs = false }]);

        Assert.Null(renderer.RenderModal(card, "C1", null, null));
    }

    [Fact]
    public void Modal_CloseButton_IsInTheCardsLanguage()
    {
        var card = EnglishForm();

        Assert.Equal("Cancel", renderer.RenderModal(card, "C1", "1.2", "3.4")!["close"]!["text"]!.GetValue<string>());
    }

    private static CardView EnglishForm() =>
        new("Form", [new TextInput("a", "A")], [new CardButton("Send", "x.send")]) { Language = Language.English };

    private static string Type(JsonNode? block) => block!["type"]!.GetValue<string>();
}
