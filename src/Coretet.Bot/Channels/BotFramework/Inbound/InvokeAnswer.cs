using System.Text.Json.Nodes;
using Coretet.Bot.Channels.BotFramework.Cards;
using Coretet.Bot.Channels.BotFramework.Schema;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Channels.BotFramework.Inbound;

/// <summary>
/// Which reply answers an invoke synchronously, and the response body. <c>adaptiveCard/action</c>: the "clicked
/// card" reply replaces the card, else the first "here" message is shown (Universal Actions response, fact sheet
/// §4.2). <c>task/fetch</c>/<c>task/submit</c>: the first "here"/"clicked card" reply becomes the dialog (§4.4).
/// </summary>
internal static class InvokeAnswer
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";

    public const string MessageType = "application/vnd.microsoft.activity.message";

    public static Reply? Pick(Activity activity, TurnResult result) => activity.Name switch
    {
        InvokeNames.AdaptiveCardAction =>
            result.Replies.FirstOrDefault(r => r.Target is ClickedCardTarget && r.View is CardView or MessageView)
            ?? result.Replies.FirstOrDefault(r => r.Target is HereTarget && r.View is MessageView),
        InvokeNames.TaskFetch or InvokeNames.TaskSubmit =>
            result.Replies.FirstOrDefault(r => r.Target is HereTarget or ClickedCardTarget && r.View is CardView or MessageView),
        _ => null,
    };

    public static JsonObject? Body(Activity activity, View? view)
    {
        if (activity.Name == InvokeNames.AdaptiveCardAction)
        {
            return view switch
            {
                CardView card => new JsonObject { ["statusCode"] = 200, ["type"] = CardType, ["value"] = AdaptiveCardRenderer.Card(card) },
                MessageView message => Message(message.Text),
                _ => Message(""),
            };
        }

        return view switch
        {
            CardView card => new JsonObject
            {
                ["task"] = new JsonObject
                {
                    ["type"] = "continue",
                    ["value"] = new JsonObject
                    {
                        ["title"] = card.Title,
                        ["card"] = new JsonObject { ["contentType"] = Attachment.AdaptiveCardType, ["content"] = AdaptiveCardRenderer.Card(card) },
                    },
                },
            },
            MessageView message => new JsonObject { ["task"] = new JsonObject { ["type"] = "message", ["value"] = message.Text } },
            _ => activity.Name == InvokeNames.TaskFetch ? new JsonObject { ["task"] = new JsonObject { ["type"] = "message", ["value"] = "" } } : null,
        };
    }

    private static JsonObject Message(string text) =>
        new() { ["statusCode"] = 200, ["type"] = MessageType, ["value"] = text };
}
