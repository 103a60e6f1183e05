using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Channels.Slack;

/// <summary>
/// Answers a Slack turn: replies "here" go to its channel (thread kept; ephemeral when the click came from an
/// ephemeral message), "clicked card" replies update the clicked message with chat.update, forms open as a modal
/// while the trigger_id is fresh, and everything else (DMs, other conversations, refreshes) goes to the
/// <see cref="IReplyDispatcher"/>. One failed reply is logged and does not stop the others.
/// </summary>
internal sealed partial class SlackReplier(
    SlackApiClient api,
    SlackBlockKitRenderer renderer,
    IPostedCardStore postedCards,
    IReplyDispatcher dispatcher,
    TimeProvider clock,
    ILogger<SlackReplier> logger)
{
    /// <summary>Slack's trigger_id lives 3 s (protocols/slack.md §4); leave room for the views.open call itself.</summary>
    internal static readonly TimeSpan TriggerBudget = TimeSpan.FromMilliseconds(2500);

    public async Task DeliverAsync(TurnResult result, SlackInbound inbound, CancellationToken cancellationToken)
    {
        var rest = new List<Reply>();
        var triggerUsed = false;
        foreach (var reply in result.Replies)
        {
            try
            {
                switch (reply.Target)
                {
                    case HereTarget:
                        triggerUsed |= await DeliverHereAsync(reply.View, inbound, triggerUsed, cancellationToken);
                        break;
                    case ClickedCardTarget when inbound.Reply.MessageTs is { } ts && !inbound.Reply.EphemeralContainer:
                        await UpdateAsync(inbound, ts, reply.View, cancellationToken);
                        break;
                    case ClickedCardTarget:
                        triggerUsed |= await DeliverHereAsync(reply.View, inbound, triggerUsed, cancellationToken);
                        break;
                    default:
                        rest.Add(reply);
                        break;
                }
            }
            catch (Exception ex) when (ex is SlackApiException or HttpRequestException
                || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                LogReplyFailed(logger, inbound.Turn.ActivityId, reply.Target.GetType().Name, ex);
            }
        }

        if (rest.Count > 0 || result.Refreshes.Count > 0)
            await dispatcher.DispatchAsync(new TurnResult(rest) { Refreshes = result.Refreshes }, inbound.Turn, cancellationToken);
    }

    /// <summary>True when the trigger_id was spent on a modal.</summary>
    private async Task<bool> DeliverHereAsync(View view, SlackInbound inbound, bool triggerUsed, CancellationToken cancellationToken)
    {
        var context = inbound.Reply;
        if (view is CardView card && SlackBlockKitRenderer.HasInputs(card) && !triggerUsed && await TryOpenModalAsync(card, context, cancellationToken))
            return true;
        if (view is FileView file)
        {
            await api.UploadFileAsync(context.Channel, context.ThreadTs, file.FileName, file.Content, SlackMrkdwn.FromMarkdown(file.Caption), cancellationToken);
            return false;
        }

        var message = renderer.RenderMessage(view);
        if (context.EphemeralContainer)
        {
            await api.PostEphemeralAsync(context.Channel, inbound.Turn.From.Id, message, context.ThreadTs, cancellationToken);
            return false;
        }

        try
        {
            var (channel, ts) = await api.PostMessageAsync(context.Channel, message, context.ThreadTs, cancellationToken);
            await RecordAsync(view, inbound.Turn.Conversation with { Id = channel }, ts, cancellationToken);
        }
        catch (SlackApiException ex) when (ex.Error is "not_in_channel" or "channel_not_found" && context.ResponseUrl is not null)
        {
            // A slash command in a channel the bot was not invited to: answer the invoker privately.
            await api.PostToResponseUrlAsync(context.ResponseUrl, message, cancellationToken);
        }

        return false;
    }

    private async Task<bool> TryOpenModalAsync(CardView card, SlackReplyContext context, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(context.TriggerId) || clock.GetUtcNow() - context.ReceivedAt > TriggerBudget)
            return false;
        if (renderer.RenderModal(card, context.Channel, context.ThreadTs, context.MessageTs) is not { } modal)
            return false;
        try
        {
            await api.OpenViewAsync(context.TriggerId, modal, cancellationToken);
            return true;
        }
        catch (SlackApiException ex)
        {
            // expired_trigger_id and the like: the form is posted as a message with input blocks instead.
            LogModalFallback(logger, ex.Error);
            return false;
        }
    }

    private async Task UpdateAsync(SlackInbound inbound, string ts, View view, CancellationToken cancellationToken)
    {
        await api.UpdateAsync(inbound.Reply.Channel, ts, renderer.RenderMessage(view), cancellationToken);
        await RecordAsync(view, inbound.Turn.Conversation, ts, cancellationToken);
    }

    private async Task RecordAsync(View view, ConversationRef conversation, string ts, CancellationToken cancellationToken)
    {
        if (view is CardView { Key: { } key } card)
            await postedCards.RecordAsync(new PostedCard(key, conversation, ts, card.Language, clock.GetUtcNow()), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack reply ({Target}) to turn {ActivityId} failed")]
    private static partial void LogReplyFailed(ILogger logger, string? activityId, string target, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack views.open refused ({Error}); posting the form as a message")]
    private static partial void LogModalFallback(ILogger logger, string error);
}
