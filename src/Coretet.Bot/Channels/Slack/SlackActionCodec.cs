using System.Text.Json;
using System.Text.Json.Nodes;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Channels.Slack;

/// <summary>
/// What a button carries: <c>{"v": verb, "d": data, "i": submits inputs}</c> as its <c>value</c> (≤ 2000 chars).
/// Decoded values are user-controlled input (anyone can forge an interaction payload's value): flows validate them.
/// </summary>
internal static class SlackActionCodec
{
    public const string ActionPrefix = "coretet.";

    /// <summary>The button's value, or null when it does not fit Slack's limit.</summary>
    public static string? Encode(CardButton button)
    {
        var value = new JsonObject
        {
            ["v"] = button.Verb,
            ["d"] = DataObject(button.Data),
            ["i"] = button.SubmitsInputs,
        }.ToJsonString(SlackApiClient.Json);
        return value.Length <= SlackLimits.ButtonValue ? value : null;
    }

    public static SlackButtonValue? Decode(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return null;
        try
        {
            using var document = JsonDocument.Parse(value);
            var root = document.RootElement;
            var verb = SlackApiClient.Text(root, "v");
            if (string.IsNullOrWhiteSpace(verb))
                return null;
            var submits = !root.TryGetProperty("i", out var i) || i.ValueKind != JsonValueKind.False;
            return new SlackButtonValue(verb, ReadData(root, "d"), submits);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static JsonObject DataObject(IReadOnlyDictionary<string, string> data)
    {
        var result = new JsonObject();
        foreach (var (key, value) in data)
            result[key] = value;
        return result;
    }

    public static Dictionary<string, string> ReadData(JsonElement element, string name)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var d) && d.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in d.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.String)
                    data[property.Name] = property.Value.GetString()!;
            }
        }

        return data;
    }

    /// <summary>Input values from <c>state.values</c> (block_id → action_id → value object), keyed by action_id.</summary>
    public static Dictionary<string, string> ReadState(JsonElement container)
    {
        var inputs = new Dictionary<string, string>(StringComparer.Ordinal);
        if (container.ValueKind != JsonValueKind.Object
            || !container.TryGetProperty("state", out var state)
            || !state.TryGetProperty("values", out var blocks)
            || blocks.ValueKind != JsonValueKind.Object)
            return inputs;
        foreach (var block in blocks.EnumerateObject())
        {
            if (block.Value.ValueKind != JsonValueKind.Object)
                continue;
            foreach (var action in block.Value.EnumerateObject())
            {
                if (ReadValue(action.Value) is { } value)
                    inputs[action.Name] = value;
            }
        }

        return inputs;
    }

    private static string? ReadValue(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
            return null;
        foreach (var name in (string[])["value", "selected_date", "selected_time"])
        {
            if (SlackApiClient.Text(value, name) is { } text)
                return text;
        }

        if (value.TryGetProperty("selected_option", out var option) && option.ValueKind == JsonValueKind.Object)
            return SlackApiClient.Text(option, "value");
        if (value.TryGetProperty("selected_options", out var options) && options.ValueKind == JsonValueKind.Array)
            return string.Join(',', options.EnumerateArray().Select(o => SlackApiClient.Text(o, "value")).OfType<string>());
        return null;
    }
}

internal sealed record SlackButtonValue(string Verb, Dictionary<string, string> Data, bool SubmitsInputs);
