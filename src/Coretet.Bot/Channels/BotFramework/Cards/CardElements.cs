using System.Text.Json.Nodes;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Channels.BotFramework.Cards;

/// <summary>One neutral <see cref="CardElement"/> to Adaptive Card body elements.</summary>
internal static class CardElements
{
    /// <summary>What a required input without an error message of its own says (the official renderer requires one).</summary>
    private static readonly LocalizedText RequiredField = new("Ce champ est obligatoire.", "This field is required.");

    public static IEnumerable<JsonObject> Render(CardElement element, Language language) => element switch
    {
        CardText text => [AdaptiveCardRenderer.TextBlock(text.Text, text.Style, text.Literal)],
        CardFacts facts => [FactSet(facts)],
        CardList list => List(list),
        TextInput input => [Text(WithErrorMessage(input, language))],
        ChoiceInput input => [Choices(WithErrorMessage(input, language))],
        DateInput input => Date(WithErrorMessage(input, language)),
        _ => throw new NotSupportedException($"No Adaptive Card rendering for {element.GetType().Name}."),
    };

    private static T WithErrorMessage<T>(T input, Language language)
        where T : CardInput
    {
        CardInput given = input;
        return given.Required && given.ErrorMessage is null ? (T)(given with { ErrorMessage = RequiredField.In(language) }) : input;
    }

    private static JsonObject FactSet(CardFacts facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray([.. facts.Facts.Select(f => new JsonObject
        {
            ["title"] = f.Label,
            ["value"] = AdaptiveCardRenderer.Escape(f.Value),
        })]),
    };

    private static IEnumerable<JsonObject> List(CardList list)
    {
        if (!string.IsNullOrWhiteSpace(list.Heading))
            yield return AdaptiveCardRenderer.TextBlock(list.Heading, TextStyle.Emphasis, literal: false);
        if (list.Items.Count > 0)
        {
            var lines = list.Items.Select(i => "- " + AdaptiveCardRenderer.Escape(i.ReplaceLineEndings(" ")));
            yield return new JsonObject { ["type"] = "TextBlock", ["text"] = string.Join("\n", lines), ["wrap"] = true };
        }
    }

    private static JsonObject Text(TextInput input)
    {
        var block = Input("Input.Text", input);
        Set(block, "placeholder", input.Placeholder);
        Set(block, "value", input.Value);
        if (input.Multiline)
            block["isMultiline"] = true;
        if (input.MaxLength is { } max)
            block["maxLength"] = max;
        return block;
    }

    private static JsonObject Choices(ChoiceInput input)
    {
        var block = Input("Input.ChoiceSet", input);
        block["choices"] = new JsonArray([.. input.Choices.Select(c => new JsonObject { ["title"] = c.Title, ["value"] = c.Value })]);
        block["style"] = input.Expanded ? "expanded" : "compact";
        Set(block, "value", input.Value);
        return block;
    }

    private static IEnumerable<JsonObject> Date(DateInput input)
    {
        var date = Input("Input.Date", input);
        Set(date, "value", input.Value);
        yield return date;
        if (input.TimeId is not null)
        {
            // The official renderer requires a label and an error message on every required input, the time too.
            var time = Input("Input.Time", input with { Id = input.TimeId });
            Set(time, "value", input.TimeValue);
            yield return time;
        }
    }

    private static JsonObject Input(string type, CardInput input)
    {
        var block = new JsonObject { ["type"] = type, ["id"] = input.Id, ["label"] = input.Label };
        if (input.Required)
            block["isRequired"] = true;
        Set(block, "errorMessage", input.ErrorMessage);
        return block;
    }

    private static void Set(JsonObject block, string name, string? value)
    {
        if (value is not null)
            block[name] = value;
    }
}
