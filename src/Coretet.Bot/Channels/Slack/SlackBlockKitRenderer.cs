using System.Text.Json.Nodes;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Channels.Slack;

/// <summary>
/// Neutral views as Block Kit (protocols/slack.md §5): a card's title as a header, texts as mrkdwn sections
/// (user text escaped so it is shown literally), facts as section fields, inputs as input blocks, buttons in
/// actions blocks. Held to Slack's limits: 50 blocks in a message, 100 in a modal, texts, button values.
/// </summary>
internal sealed partial class SlackBlockKitRenderer(ILogger<SlackBlockKitRenderer> logger)
{
    private const int RawChunk = 1500;

    public SlackMessage RenderMessage(View view) => view switch
    {
        CardView card => RenderCard(card),
        MessageView message => RenderText(message.Text),
        FileView file => RenderText(file.Caption),
        _ => RenderText(view.ToString()),
    };

    public static bool HasInputs(CardView card) => card.Body.Any(e => e is CardInput);

    /// <summary>The modal for a form, or null when it cannot be one (no submit button, metadata too long).</summary>
    public JsonObject? RenderModal(CardView card, string channel, string? threadTs, string? messageTs)
    {
        var submit = card.Buttons.FirstOrDefault(b => b.SubmitsInputs);
        if (submit is null)
            return null;
        var metadata = new SlackModalMetadata(channel, threadTs, messageTs, submit.Verb, submit.Data).Encode();
        if (metadata.Length > SlackLimits.PrivateMetadata)
            return null;
        var others = card.Buttons.Where(b => !ReferenceEquals(b, submit)).ToList();
        var blocks = Limit(BodyBlocks(card), ActionBlocks(others), SlackLimits.ModalBlocks);
        return new JsonObject
        {
            ["type"] = "modal",
            ["callback_id"] = "coretet.form",
            ["title"] = SlackBlocks.PlainText(card.Title ?? "Coretet", SlackLimits.ModalTitle),
            ["submit"] = SlackBlocks.PlainText(submit.Label, SlackLimits.ModalButton),
            ["close"] = SlackBlocks.PlainText(card.Language == Language.English ? "Cancel" : "Annuler", SlackLimits.ModalButton),
            ["private_metadata"] = metadata,
            ["blocks"] = blocks,
        };
    }

    private SlackMessage RenderCard(CardView card)
    {
        var content = new List<JsonObject>();
        if (!string.IsNullOrWhiteSpace(card.Title))
            content.Add(SlackBlocks.Header(card.Title));
        content.AddRange(BodyBlocks(card));
        var blocks = Limit(content, ActionBlocks(card.Buttons), SlackLimits.MessageBlocks);
        return new SlackMessage(Fallback(card), blocks);
    }

    private static SlackMessage RenderText(string text)
    {
        var blocks = new JsonArray();
        foreach (var chunk in SlackMrkdwn.Split(text, RawChunk).Take(SlackLimits.MessageBlocks))
            blocks.Add(SlackBlocks.Section(SlackMrkdwn.FromMarkdown(chunk)));
        return new SlackMessage(SlackMrkdwn.Truncate(SlackMrkdwn.FromMarkdown(text), SlackLimits.FallbackText), blocks);
    }

    private static List<JsonObject> BodyBlocks(CardView card) => card.Body.SelectMany(ElementBlocks).ToList();

    private static IEnumerable<JsonObject> ElementBlocks(CardElement element) => element switch
    {
        CardText text => TextBlocks(text),
        CardFacts facts => facts.Facts
            .Select(f => $"*{SlackMrkdwn.Escape(f.Label)}*\n{SlackMrkdwn.Escape(f.Value)}")
            .Chunk(SlackLimits.SectionFields)
            .Select(SlackBlocks.Fields),
        CardList list => ListBlocks(list),
        CardInput input => SlackInputRenderer.Render(input),
        _ => [],
    };

    private static IEnumerable<JsonObject> TextBlocks(CardText text)
    {
        foreach (var chunk in SlackMrkdwn.Split(text.Text, RawChunk))
        {
            var mrkdwn = text.Literal ? SlackMrkdwn.Escape(chunk) : SlackMrkdwn.FromMarkdown(chunk);
            yield return text.Style switch
            {
                TextStyle.Subtle => SlackBlocks.Context(mrkdwn),
                TextStyle.Heading or TextStyle.Emphasis => SlackBlocks.Section(mrkdwn.Contains('*', StringComparison.Ordinal) ? mrkdwn : $"*{mrkdwn}*"),
                TextStyle.Warning => SlackBlocks.Section($":warning: {mrkdwn}"),
                _ => SlackBlocks.Section(mrkdwn),
            };
        }
    }

    private static IEnumerable<JsonObject> ListBlocks(CardList list)
    {
        var heading = list.Heading is null ? string.Empty : $"*{SlackMrkdwn.Escape(list.Heading)}*\n";
        var lines = new List<string>();
        var length = heading.Length;
        foreach (var item in list.Items.Select(i => SlackMrkdwn.Truncate(i, RawChunk)))
        {
            if (lines.Count > 0 && length + item.Length + 3 > RawChunk)
            {
                yield return SlackBlocks.Section(heading + SlackMrkdwn.Bullets(lines));
                (heading, lines, length) = (string.Empty, [], 0);
            }

            lines.Add(item);
            length += item.Length + 3;
        }

        if (lines.Count > 0 || heading.Length > 0)
            yield return SlackBlocks.Section(heading + SlackMrkdwn.Bullets(lines));
    }

    private List<JsonObject> ActionBlocks(IReadOnlyList<CardButton> buttons)
    {
        var elements = new List<JsonObject>();
        for (var i = 0; i < buttons.Count; i++)
        {
            var button = buttons[i];
            if (SlackActionCodec.Encode(button) is not { } value)
            {
                LogButtonTooLarge(logger, button.Verb);
                continue;
            }

            var style = button.Style switch { ButtonStyle.Primary => "primary", ButtonStyle.Danger => "danger", _ => null };
            elements.Add(SlackBlocks.Button(button.Label, $"{SlackActionCodec.ActionPrefix}{i}", value, style));
        }

        return elements.Chunk(SlackLimits.ActionsElements).Select(SlackBlocks.Actions).ToList();
    }

    /// <summary>Keeps the buttons and as much content as fits, marking the cut with an ellipsis.</summary>
    private JsonArray Limit(List<JsonObject> content, List<JsonObject> actions, int max)
    {
        actions = actions.Take(max / 2).ToList();
        if (content.Count + actions.Count > max)
        {
            LogTruncated(logger, content.Count + actions.Count, max);
            content = [.. content.Take(max - actions.Count - 1), SlackBlocks.Context("…")];
        }

        return new JsonArray([.. content.Concat(actions).Select(b => (JsonNode)b)]);
    }

    private static string Fallback(CardView card)
    {
        var text = card.Title ?? card.Body.OfType<CardText>().Select(t => t.Text).FirstOrDefault() ?? "Coretet";
        return SlackMrkdwn.Truncate(SlackMrkdwn.Escape(text), SlackLimits.FallbackText);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Button {Verb} left out: its data does not fit a Slack button value")]
    private static partial void LogButtonTooLarge(ILogger logger, string verb);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Card of {Count} blocks cut to Slack's limit of {Max}")]
    private static partial void LogTruncated(ILogger logger, int count, int max);
}
