using System.Text.Json.Nodes;

namespace Coretet.Bot.Channels.Slack;

/// <summary>Block Kit building blocks, each held to its own limits (texts cut with an ellipsis, ids bounded).</summary>
internal static class SlackBlocks
{
    public static JsonObject PlainText(string text, int max) =>
        new() { ["type"] = "plain_text", ["text"] = SlackMrkdwn.Truncate(NonEmpty(text), max), ["emoji"] = true };

    /// <summary>mrkdwn text that is already escaped; <c>verbatim</c> stops Slack from linkifying names and URLs.</summary>
    public static JsonObject Mrkdwn(string text, int max) =>
        new() { ["type"] = "mrkdwn", ["text"] = SlackMrkdwn.Truncate(NonEmpty(text), max), ["verbatim"] = true };

    public static JsonObject Header(string text) =>
        new() { ["type"] = "header", ["text"] = PlainText(text, SlackLimits.HeaderText) };

    public static JsonObject Section(string mrkdwn) =>
        new() { ["type"] = "section", ["text"] = Mrkdwn(mrkdwn, SlackLimits.SectionText) };

    public static JsonObject Fields(IEnumerable<string> fields) => new()
    {
        ["type"] = "section",
        ["fields"] = new JsonArray([.. fields.Take(SlackLimits.SectionFields).Select(f => (JsonNode)Mrkdwn(f, SlackLimits.FieldText))]),
    };

    public static JsonObject Context(string mrkdwn) => new()
    {
        ["type"] = "context",
        ["elements"] = new JsonArray(Mrkdwn(mrkdwn, SlackLimits.SectionText)),
    };

    public static JsonObject Divider() => new() { ["type"] = "divider" };

    public static JsonObject Actions(IEnumerable<JsonObject> elements) => new()
    {
        ["type"] = "actions",
        ["elements"] = new JsonArray([.. elements.Take(SlackLimits.ActionsElements)]),
    };

    public static JsonObject Button(string label, string actionId, string value, string? style)
    {
        var button = new JsonObject
        {
            ["type"] = "button",
            ["text"] = PlainText(label, SlackLimits.ButtonText),
            ["action_id"] = Id(actionId, SlackLimits.ActionId),
            ["value"] = value,
        };
        if (style is not null)
            button["style"] = style;
        return button;
    }

    public static JsonObject Input(string blockId, string label, JsonObject element, bool optional) => new()
    {
        ["type"] = "input",
        ["block_id"] = Id(blockId, SlackLimits.BlockId),
        ["label"] = PlainText(label, SlackLimits.InputLabel),
        ["element"] = element,
        ["optional"] = optional,
    };

    public static JsonObject Option(string text, string value) => new()
    {
        ["text"] = PlainText(text, SlackLimits.OptionText),
        ["value"] = value,
    };

    public static string Id(string id, int max) => id.Length <= max ? id : id[..max];

    private static string NonEmpty(string text) => string.IsNullOrWhiteSpace(text) ? " " : text;
}
