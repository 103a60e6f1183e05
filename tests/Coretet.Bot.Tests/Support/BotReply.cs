using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Coretet.Bot.Channels.BotFramework.Schema;

namespace Coretet.Bot.Tests.Support;

/// <summary>
/// One message the bot posted or updated at the fake connector. <see cref="AllText"/> is the plain text, or every
/// text of the card (title, text blocks, facts "label: value", input labels and choices) one per line, unescaped.
/// </summary>
public sealed partial class BotReply(ConnectorCall call)
{
    public ConnectorCall Call { get; } = call;

    public Activity Activity { get; } = call.Activity ?? new Activity();

    public ConnectorOperation Operation => Call.Operation;

    public bool IsUpdate => Operation == ConnectorOperation.Update;

    public string ConversationId => Call.ConversationId ?? "";

    /// <summary>The message's id: what a later click sends as <c>replyToId</c>.</summary>
    public string MessageId => Call.MessageId ?? "";

    public string? Text => Activity.Text;

    /// <summary>The Adaptive Card, when the message is one.</summary>
    public JsonObject? Card => Activity.Attachments?.FirstOrDefault(a => a.ContentType == Attachment.AdaptiveCardType)?.Content as JsonObject;

    public bool IsCard => Card is not null;

    public string CardText => Card is null ? "" : string.Join("\n", Texts(Card["body"]));

    public string AllText => Card is null ? Text ?? "" : CardText;

    /// <summary>Button titles, in order (card actions and action sets).</summary>
    public IReadOnlyList<string> Buttons => Actions().Select(a => (string?)a["title"] ?? "").ToList();

    /// <summary>The card's inputs: id and current value (null when empty).</summary>
    public IReadOnlyDictionary<string, string?> Inputs => Elements(Card?["body"])
        .Where(e => ((string?)e["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true && e["id"] is not null)
        .ToDictionary(e => (string)e["id"]!, e => (string?)e["value"]);

    public bool Contains(string fragment) => AllText.Contains(fragment, StringComparison.OrdinalIgnoreCase);

    public JsonObject Action(string title) =>
        Actions().FirstOrDefault(a => (string?)a["title"] == title)
        ?? throw new ArgumentException($"No button '{title}' on this card. Buttons: {string.Join(", ", Buttons)}.\n{AllText}");

    public override string ToString() => $"{Operation} {MessageId} in {ConversationId}: {AllText}";

    internal IEnumerable<JsonObject> Actions()
    {
        var card = Card;
        if (card is null)
            return [];
        var top = card["actions"] as JsonArray ?? [];
        var sets = Elements(card["body"]).Where(e => (string?)e["type"] == "ActionSet").SelectMany(e => e["actions"] as JsonArray ?? []);
        return top.Concat(sets).OfType<JsonObject>();
    }

    internal static IEnumerable<JsonObject> Elements(JsonNode? body)
    {
        foreach (var element in (body as JsonArray ?? []).OfType<JsonObject>())
        {
            yield return element;
            foreach (var child in new[] { "items", "columns", "body" }.SelectMany(k => Elements(element[k])))
                yield return child;
        }
    }

    private static IEnumerable<string> Texts(JsonNode? body)
    {
        foreach (var element in Elements(body))
        {
            switch ((string?)element["type"])
            {
                case "TextBlock":
                    yield return Unescape((string?)element["text"] ?? "");
                    break;
                case "FactSet":
                    foreach (var fact in (element["facts"] as JsonArray ?? []).OfType<JsonObject>())
                        yield return $"{(string?)fact["title"]}: {Unescape((string?)fact["value"] ?? "")}";
                    break;
                case { } type when type.StartsWith("Input.", StringComparison.Ordinal):
                    yield return (string?)element["label"] ?? "";
                    foreach (var choice in (element["choices"] as JsonArray ?? []).OfType<JsonObject>())
                        yield return (string?)choice["title"] ?? "";
                    break;
            }
        }
    }

    private static string Unescape(string text) => MarkdownEscape().Replace(text, "$1");

    [GeneratedRegex(@"\\([\\*_\[\]`#~])")]
    private static partial Regex MarkdownEscape();
}
