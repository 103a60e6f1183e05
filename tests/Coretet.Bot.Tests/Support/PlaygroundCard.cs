using System.Text.Json;
using System.Text.Json.Nodes;

namespace Coretet.Bot.Tests.Support;

/// <summary>The Adaptive Card of a message the Playground received, with what a click on one of its buttons submits.</summary>
public sealed class PlaygroundCard(JsonObject card)
{
    public static PlaygroundCard Of(JsonElement message)
    {
        var attachment = message.GetProperty("attachments").EnumerateArray()
            .First(a => a.GetProperty("contentType").GetString() == "application/vnd.microsoft.card.adaptive");
        return new PlaygroundCard(JsonNode.Parse(attachment.GetProperty("content").GetRawText())!.AsObject());
    }

    public JsonElement Action(string title) =>
        Actions().Select(a => JsonSerializer.SerializeToElement(a)).FirstOrDefault(a => a.GetProperty("title").GetString() == title) is { ValueKind: JsonValueKind.Object } found
            ? found
            : throw new ArgumentException($"No button '{title}' on the card: {card.ToJsonString()}");

    /// <summary>The button's data merged with the card's inputs (their values, overridden by <paramref name="inputs"/>), as a client does.</summary>
    public Dictionary<string, JsonNode?> Submitted(JsonElement action, IReadOnlyDictionary<string, string>? inputs)
    {
        var data = action.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object
            ? JsonNode.Parse(d.GetRawText())!.AsObject().ToDictionary(p => p.Key, p => p.Value?.DeepClone())
            : [];
        if (action.TryGetProperty("associatedInputs", out var associated) && associated.GetString() == "none")
            return data;
        foreach (var input in Elements(card["body"]).Where(e => ((string?)e["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true))
        {
            var id = (string)input["id"]!;
            var value = inputs is not null && inputs.TryGetValue(id, out var given) ? given : (string?)input["value"];
            if (value is not null)
                data[id] = value;
        }

        var unknown = inputs?.Keys.Where(k => !data.ContainsKey(k)).ToList() ?? [];
        return unknown.Count == 0 ? data : throw new ArgumentException($"The card has no input {string.Join(", ", unknown)}.");
    }

    private IEnumerable<JsonObject> Actions() =>
        (card["actions"] as JsonArray ?? []).OfType<JsonObject>()
            .Concat(Elements(card["body"]).Where(e => (string?)e["type"] == "ActionSet").SelectMany(e => (e["actions"] as JsonArray ?? []).OfType<JsonObject>()));

    private static IEnumerable<JsonObject> Elements(JsonNode? node)
    {
        foreach (var element in (node as JsonArray ?? []).OfType<JsonObject>())
        {
            yield return element;
            foreach (var key in new[] { "items", "columns", "body" })
            {
                foreach (var child in Elements(element[key]))
                    yield return child;
            }
        }
    }
}
