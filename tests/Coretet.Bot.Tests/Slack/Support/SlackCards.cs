using System.Text.Json.Nodes;

namespace Coretet.Bot.Tests.Slack.Support;

/// <summary>Reads what the bot sent to the fake Slack: button values by label, modals and their context.</summary>
internal static class SlackCards
{
    /// <summary>The value of the button labelled <paramref name="label"/> in a message's or modal's blocks.</summary>
    public static string Button(JsonNode blocks, string label) =>
        blocks.AsArray()
            .Where(b => b!["type"]!.GetValue<string>() == "actions")
            .SelectMany(b => b!["elements"]!.AsArray())
            .First(e => e!["text"]!["text"]!.GetValue<string>() == label)!["value"]!.GetValue<string>();

    /// <summary>The value of the section field titled <paramref name="title"/> (rendered <c>*title*\nvalue</c>), or null.</summary>
    public static string? Field(JsonNode blocks, string title) =>
        blocks.AsArray()
            .Where(b => b!["fields"] is JsonArray)
            .SelectMany(b => b!["fields"]!.AsArray())
            .Select(f => f!["text"]!.GetValue<string>())
            .Where(t => t.StartsWith($"*{title}*\n", StringComparison.Ordinal))
            .Select(t => t[(title.Length + 3)..])
            .FirstOrDefault();

    /// <summary>The modal a views.open call opened.</summary>
    public static JsonNode View(SlackCall open) => JsonNode.Parse(open["view"])!;

    public static string Metadata(JsonNode view) => view["private_metadata"]!.GetValue<string>();

    /// <summary>Every string of a message or modal (texts, labels, ids), one per line.</summary>
    public static string Text(JsonNode? node) => node switch
    {
        JsonObject o => string.Join('\n', o.Select(p => Text(p.Value))),
        JsonArray a => string.Join('\n', a.Select(Text)),
        JsonValue v when v.TryGetValue<string>(out var text) => text,
        _ => string.Empty,
    };
}
