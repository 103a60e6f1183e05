using Coretet.Bot.Channels.BotFramework.Cards;
using Coretet.Bot.Channels.BotFramework.Outbound;
using Coretet.Bot.Channels.BotFramework.Schema;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Channels.BotFramework.Inbound;

/// <summary>
/// Answers a turn from the activity itself: replies "here" go to the activity's own serviceUrl, "clicked card"
/// replaces the card the user pressed (PUT on <c>replyToId</c>); everything else goes to the <see cref="ReplyDispatcher"/>.
/// </summary>
public sealed partial class ActivityReplier(ConnectorClient connector, ReplyDispatcher dispatcher, ILogger<ActivityReplier> logger)
{
    public async Task ReplyAsync(Activity activity, Turn turn, TurnResult result, CancellationToken cancellationToken)
    {
        var rest = new List<Reply>();
        foreach (var reply in result.Replies)
        {
            if (!await TryAnswerHereAsync(activity, turn, reply, cancellationToken))
                rest.Add(reply);
        }

        await dispatcher.DispatchAsync(new TurnResult(rest) { Refreshes = result.Refreshes }, turn, cancellationToken);
    }

    /// <summary>The body of the invoke's HTTP response (fact sheet §4.2–§4.4); other replies are delivered as usual.</summary>
    public async Task<System.Text.Json.Nodes.JsonObject?> AnswerInvokeAsync(Activity activity, Turn turn, TurnResult result, CancellationToken cancellationToken)
    {
        var answer = InvokeAnswer.Pick(activity, result);
        if (answer is { View: CardView card } && activity.Name == InvokeNames.AdaptiveCardAction && turn.ReplyToId is { } clicked)
            await dispatcher.RecordAsync(card, turn.Conversation, clicked, cancellationToken);
        await ReplyAsync(activity, turn, result with { Replies = [.. result.Replies.Where(r => !ReferenceEquals(r, answer))] }, cancellationToken);
        return InvokeAnswer.Body(activity, answer?.View);
    }

    private async Task<bool> TryAnswerHereAsync(Activity activity, Turn turn, Reply reply, CancellationToken cancellationToken)
    {
        var clicked = reply.Target is ClickedCardTarget ? turn.ReplyToId : null;
        if (reply.Target is not (HereTarget or ClickedCardTarget))
            return false;
        var outbound = AdaptiveCardRenderer.ToActivity(reply.View, reply.View is CardView card ? card.Language : turn.Language);
        outbound.From = activity.Recipient;
        outbound.Conversation = new ConversationAccount { Id = activity.Conversation!.Id };
        try
        {
            var id = clicked is not null
                ? (await connector.UpdateAsync(activity.ServiceUrl!, activity.Conversation.Id!, clicked, outbound, cancellationToken)).Id ?? clicked
                : (await SendAsync(activity, outbound, cancellationToken)).Id;
            await dispatcher.RecordAsync(reply.View, turn.Conversation, clicked ?? id, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogReplyFailed(logger, activity.Id, ex);
        }

        return true;
    }

    private Task<ResourceResponse> SendAsync(Activity activity, Activity outbound, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(activity.Id)
            ? connector.SendAsync(activity.ServiceUrl!, activity.Conversation!.Id!, outbound, cancellationToken)
            : connector.ReplyAsync(activity.ServiceUrl!, activity.Conversation!.Id!, activity.Id, outbound, cancellationToken);

    [LoggerMessage(Level = LogLevel.Error, Message = "Replying to activity {ActivityId} failed")]
    private static partial void LogReplyFailed(ILogger logger, string? activityId, Exception exception);
}
