using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Tests.Alliances;

public sealed class AllianceCardsTests
{
    private static readonly Alliance Coretet = new("al1", "Coretet", []);

    [Theory]
    [InlineData(Language.French, "rédiger la charte")]
    [InlineData(Language.English, "draft charter")]
    public void Created_NextSteps_AreMarkupTextNotLiteralItems(Language language, string step)
    {
        var card = AllianceCards.Created(Coretet, new UserRef("msteams", "u1", "Fanny"), language);

        Assert.DoesNotContain(card.Body, e => e is CardList); // list items are escaped: their bold markers would show as asterisks
        var steps = Assert.Single(card.Body.OfType<CardText>(), t => t.Text.Contains($"**{step}**", StringComparison.Ordinal));
        Assert.False(steps.Literal);
        Assert.StartsWith("- ", steps.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.French, "Vous êtes sa première animatrice")]
    [InlineData(Language.English, "You are its first facilitator")]
    public void Created_InstallerWithoutName_DoesNotStartWithAComma(Language language, string expected)
    {
        // Teams' installationUpdate names the installer by id only.
        var card = AllianceCards.Created(Coretet, new UserRef("msteams", "u1", ""), language);

        var body = card.Body.OfType<CardText>().First();
        Assert.StartsWith(expected, body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Created_NamedInstaller_IsAddressedByName()
    {
        var card = AllianceCards.Created(Coretet, new UserRef("msteams", "u1", "Fanny"), Language.English);

        Assert.StartsWith("Fanny, you are its first facilitator", card.Body.OfType<CardText>().First().Text, StringComparison.Ordinal);
    }
}
