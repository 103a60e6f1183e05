using System.Text.Json;

namespace Coretet.Bot.Channels.BotFramework.Inbound;

/// <summary>Case-insensitive reads inside free-form JSON (entities, channelData, value): receivers may accept wrongly-cased names (fact sheet §1.1).</summary>
internal static class JsonLookup
{
    public static JsonElement? Get(this JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } value ? Get(value, name) : null;

    public static JsonElement? Get(this JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object)
            return null;
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                return property.Value;
        }

        return null;
    }

    public static string? GetString(this JsonElement? element, string name) =>
        element.Get(name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    public static string? GetString(this JsonElement element, string name) => ((JsonElement?)element).GetString(name);

    /// <summary>An object's members as strings (card data): strings as is, numbers and booleans as written, others skipped.</summary>
    public static Dictionary<string, string> ToStringMap(this JsonElement? element, params string[] skip)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (element is not { ValueKind: JsonValueKind.Object } value)
            return map;
        foreach (var property in value.EnumerateObject())
        {
            if (skip.Contains(property.Name, StringComparer.OrdinalIgnoreCase))
                continue;
            var text = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => property.Value.GetRawText(),
                _ => null,
            };
            if (text is not null)
                map[property.Name] = text;
        }

        return map;
    }
}
