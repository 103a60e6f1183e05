using System.Globalization;
using System.Text.Json.Nodes;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Channels.Slack;

/// <summary>Neutral form fields as Block Kit input blocks (block_id = action_id = the input's id).</summary>
internal static class SlackInputRenderer
{
    public static IEnumerable<JsonObject> Render(CardInput input) => input switch
    {
        TextInput text => [SlackBlocks.Input(text.Id, text.Label, TextElement(text), !text.Required)],
        ChoiceInput choice => [SlackBlocks.Input(choice.Id, choice.Label, ChoiceElement(choice), !choice.Required)],
        DateInput date => DateBlocks(date),
        _ => [],
    };

    private static JsonObject TextElement(TextInput input)
    {
        var element = new JsonObject
        {
            ["type"] = "plain_text_input",
            ["action_id"] = SlackBlocks.Id(input.Id, SlackLimits.ActionId),
            ["multiline"] = input.Multiline,
            ["max_length"] = Math.Clamp(input.MaxLength ?? SlackLimits.InputLength, 1, SlackLimits.InputLength),
        };
        if (!string.IsNullOrEmpty(input.Value))
            element["initial_value"] = SlackMrkdwn.Truncate(input.Value, SlackLimits.InputLength);
        if (!string.IsNullOrWhiteSpace(input.Placeholder))
            element["placeholder"] = SlackBlocks.PlainText(input.Placeholder, SlackLimits.Placeholder);
        return element;
    }

    private static JsonObject ChoiceElement(ChoiceInput input)
    {
        // Option values are bot-made codes; one longer than Slack allows could not be mapped back, so it is left out.
        var choices = input.Choices.Where(c => c.Value.Length is > 0 and <= SlackLimits.OptionValue).Take(SlackLimits.SelectOptions).ToList();
        var radio = input.Expanded && choices.Count <= SlackLimits.RadioOptions;
        var element = new JsonObject
        {
            ["type"] = radio ? "radio_buttons" : "static_select",
            ["action_id"] = SlackBlocks.Id(input.Id, SlackLimits.ActionId),
            ["options"] = new JsonArray([.. choices.Select(c => (JsonNode)SlackBlocks.Option(c.Title, c.Value))]),
        };
        if (choices.Find(c => c.Value == input.Value) is { } initial)
            element["initial_option"] = SlackBlocks.Option(initial.Title, initial.Value);
        return element;
    }

    private static IEnumerable<JsonObject> DateBlocks(DateInput input)
    {
        var picker = new JsonObject { ["type"] = "datepicker", ["action_id"] = SlackBlocks.Id(input.Id, SlackLimits.ActionId) };
        if (DateOnly.TryParseExact(input.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            picker["initial_date"] = input.Value;
        yield return SlackBlocks.Input(input.Id, input.Label, picker, !input.Required);
        if (input.TimeId is null)
            yield break;
        var time = new JsonObject { ["type"] = "timepicker", ["action_id"] = SlackBlocks.Id(input.TimeId, SlackLimits.ActionId) };
        if (TimeOnly.TryParseExact(input.TimeValue, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            time["initial_time"] = input.TimeValue;
        yield return SlackBlocks.Input(input.TimeId, input.Label, time, !input.Required);
    }
}
