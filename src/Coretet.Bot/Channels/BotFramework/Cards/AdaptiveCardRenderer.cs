using System.Text;
using System.Text.Json.Nodes;
using Coretet.Bot.Channels.BotFramework.Schema;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Channels.BotFramework.Cards;

/// <summary>
/// Neutral views to outbound activities: a <see cref="MessageView"/> is a markdown text message, a
/// <see cref="CardView"/> or <see cref="FileView"/> one Adaptive Card 1.5 attachment (never text and card in one
/// activity: Teams would split it and the id would not update the card, fact sheet §1.5). Buttons are
/// Action.Submit carrying the verb under <see cref="VerbKey"/>, so they work in Teams, the Emulator and the Playground.
/// </summary>
public static class AdaptiveCardRenderer
{
    /// <summary>The key of the verb inside a button's data (merged by the client with the card's inputs).</summary>
    public const string VerbKey = "_verb";

    public const string SchemaVersion = "1.5";

    /// <summary>The most actions one action set may hold (host config <c>actions.maxActions</c> of Teams).</summary>
    public const int MaxActions = 5;

    public static Activity ToActivity(View view, Language language) => view switch
    {
        MessageView message => new Activity { Type = "message", Text = message.Text, TextFormat = "markdown" },
        CardView card => WithCard(Card(card)),
        FileView file => WithCard(FileCard.Render(file, language)),
        _ => throw new NotSupportedException($"No Adaptive Card rendering for {view.GetType().Name}."),
    };

    public static JsonObject Card(CardView view)
    {
        var body = new JsonArray();
        if (!string.IsNullOrWhiteSpace(view.Title))
            body.Add(TextBlock(view.Title, TextStyle.Heading, literal: false));
        foreach (var element in view.Body)
        {
            foreach (var block in CardElements.Render(element, view.Language))
                body.Add(block);
        }

        var card = Envelope(body);
        if (view.Buttons.Count > MaxActions)
        {
            // Teams (and the official renderer) show at most 5 actions per set: more go in body action sets of 5.
            foreach (var chunk in view.Buttons.Chunk(MaxActions))
                body.Add(new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray([.. chunk.Select(Button)]) });
        }
        else if (view.Buttons.Count > 0)
        {
            card["actions"] = new JsonArray([.. view.Buttons.Select(Button)]);
        }

        return card;
    }

    internal static JsonObject Envelope(JsonArray body) => new()
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["version"] = SchemaVersion,
        ["body"] = body,
    };

    internal static JsonObject TextBlock(string text, TextStyle style, bool literal)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = literal ? Escape(text) : text, ["wrap"] = true };
        switch (style)
        {
            case TextStyle.Heading:
                block["size"] = "Large";
                block["weight"] = "Bolder";
                break;
            case TextStyle.Subtle:
                block["isSubtle"] = true;
                break;
            case TextStyle.Emphasis:
                block["weight"] = "Bolder";
                break;
            case TextStyle.Warning:
                block["color"] = "Attention";
                break;
        }

        return block;
    }

    /// <summary>User-written text is shown verbatim: the markdown subset of Adaptive Cards is escaped.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '[' or ']' or '`' or '#' or '~')
                builder.Append('\\');
            builder.Append(c);
        }

        return builder.ToString();
    }

    private static JsonObject Button(CardButton button)
    {
        var data = new JsonObject { [VerbKey] = button.Verb };
        foreach (var (key, value) in button.Data)
            data[key] = value;
        var action = new JsonObject { ["type"] = "Action.Submit", ["title"] = button.Label, ["data"] = data };
        if (button.Style != ButtonStyle.Default)
            action["style"] = button.Style == ButtonStyle.Danger ? "destructive" : "positive";
        if (!button.SubmitsInputs)
            action["associatedInputs"] = "none";
        return action;
    }

    private static Activity WithCard(JsonObject card) => new()
    {
        Type = "message",
        Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardType, Content = card }],
    };
}
