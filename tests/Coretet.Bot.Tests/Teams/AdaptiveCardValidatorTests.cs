using Coretet.Bot.Tests.Support;

namespace Coretet.Bot.Tests.Teams;

public class AdaptiveCardValidatorTests
{
    private const string GoodCard = """
        {
          "type": "AdaptiveCard", "$schema": "http://adaptivecards.io/schemas/adaptive-card.json", "version": "1.5",
          "body": [
            { "type": "TextBlock", "text": "Charte de l'alliance", "style": "heading", "wrap": true },
            { "type": "FactSet", "facts": [ { "title": "Version", "value": "3" } ] },
            { "type": "Input.ChoiceSet", "id": "engagement", "label": "Engagement", "isRequired": true, "errorMessage": "Choisissez",
              "choices": [ { "title": "Sympathisant·e", "value": "supporter" }, { "title": "Engagé·e", "value": "engaged" } ] },
            { "type": "ActionSet", "actions": [
              { "type": "Action.Execute", "verb": "charter.sign", "title": "Je signe", "data": { "version": 3 }, "fallback": "Action.Submit" } ] }
          ],
          "actions": [ { "type": "Action.OpenUrl", "title": "En savoir plus", "url": "https://example.org/" } ]
        }
        """;

    [Fact]
    public async Task ValidateAsync_KnownGoodCard_HasNoErrors()
    {
        var result = await AdaptiveCardValidator.ValidateAsync(GoodCard);

        Assert.True(result.IsValid, result.ToString());
        await AdaptiveCardValidator.AssertValidAsync(GoodCard);
    }

    [Theory]
    [InlineData("""{ "type": "AdaptiveCard", "version": "1.5", "body": [ { "type": "Carousel3D", "text": "x" } ] }""", "UnknownElementType")]
    [InlineData("""{ "type": "AdaptiveCard", "version": "1.5", "actions": [ { "type": "Action.Teleport", "title": "x" } ] }""", "UnknownActionType")]
    [InlineData("""{ "type": "AdaptiveCard", "version": "1.5", "body": [ { "type": "Input.Text", "label": "Nom" } ] }""", "PropertyCantBeNull")]
    [InlineData("""{ "type": "AdaptiveCard", "version": "1.5", "body": [ { "type": "TextBlock", "wrap": true } ] }""", "MissingRequiredProperty")]
    [InlineData("""{ "type": "AdaptiveCard", "version": "1.5", "body": [ { "type": "FactSet", "facts": [ { "title": "a" } ] } ] }""", "MissingRequiredProperty")]
    [InlineData("""{ "type": "AdaptiveCard", "version": "1.5", "actions": [ { "type": "Action.OpenUrl", "title": "x" } ] }""", "PropertyCantBeNull")]
    [InlineData("""{ "type": "AdaptiveCard", "version": "1.6", "body": [ { "type": "TextBlock", "text": "x" } ] }""", "UnsupportedCardVersion")]
    [InlineData("""{ "type": "AdaptiveCard", "body": [ { "type": "TextBlock", "text": "x" } ] }""", "UnsupportedCardVersion")]
    [InlineData("""{ "version": "1.5", "body": [ { "type": "TextBlock", "text": "x" } ] }""", "MissingCardType")]
    [InlineData("""{ "type": "AdaptiveCard", "version": "1.5", "body": [ { "type": "TextBlock", "text": "x", "size": "enormous" } ] }""", "InvalidPropertyValue")]
    [InlineData("""{ "type": "AdaptiveCard", "version": "1.5", "body": [ { "type": "Input.Text", "id": "a" }, { "type": "Input.Text", "id": "a" } ] }""", "DuplicateId")]
    [InlineData("""{ "type": "AdaptiveCard", "version": "1.5", "body": [ """, "Other")]
    public async Task ValidateAsync_BrokenCard_ReportsTheError(string card, string expectedEvent)
    {
        var result = await AdaptiveCardValidator.ValidateAsync(card);

        Assert.False(result.IsValid);
        Assert.Contains(expectedEvent, result.ErrorEvents);
    }

    [Fact]
    public async Task AssertValidAsync_BrokenCard_FailsWithTheRendererMessage()
    {
        const string card = """{ "type": "AdaptiveCard", "version": "1.5", "body": [ { "type": "Carousel3D" } ] }""";

        var failure = await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(() => AdaptiveCardValidator.AssertValidAsync(card));

        Assert.Contains("Unknown element type \\\"Carousel3D\\\"", failure.Message);
    }

    [Fact]
    public async Task ValidateAsync_ManyCardsInOneBatch_AnswersEachInOrder()
    {
        var cards = Enumerable.Range(0, 300)
            .Select(i => i % 3 == 0 ? """{ "type": "AdaptiveCard", "version": "1.7" }""" : GoodCard.Replace("Version", $"Version {i}", StringComparison.Ordinal))
            .ToList();

        var results = await AdaptiveCardValidator.ValidateAsync(cards);

        Assert.Equal(cards.Count, results.Count);
        Assert.All(results.Select((r, i) => (r, i)), p => Assert.Equal(p.i % 3 != 0, p.r.IsValid));
    }
}
