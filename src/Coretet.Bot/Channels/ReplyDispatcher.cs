using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Channels;

/// <summary>
/// Platform-neutral delivery of a <see cref="TurnResult"/>: each reply goes to the <see cref="IChannelSender"/> of
/// its target's platform; keyed cards are recorded in <see cref="IPostedCardStore"/>; every posting of a refreshed
/// card is updated (coalesced per key in this process, versioned across instances by <see cref="PostedCardRefresher"/>).
/// A failed delivery is logged and does not stop the others.
/// </summary>
public sealed partial class ReplyDispatcher(
    IEnumerable<IChannelSender> senders,
    IPostedCardStore postedCards,
    CardRefreshCoalescer coalescer,
    PostedCardRefresher refresher,
    TimeProvider time,
    ILogger<ReplyDispatcher> logger) : IReplyDispatcher
{
    private readonly IReadOnlyList<IChannelSender> senders = [.. senders];

    public async Task DispatchAsync(TurnResult result, Turn? origin, CancellationToken cancellationToken)
    {
        foreach (var reply in result.Replies)
        {
            try
            {
                await DeliverAsync(reply, origin, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogDeliveryFailed(logger, reply.Target.GetType().Name, origin?.ActivityId, ex);
            }
        }

        // A refresh is shared by every caller of the same card key: one caller going away must not cancel it.
        foreach (var refresh in result.Refreshes)
            await coalescer.RefreshAsync(refresh.CardKey, refresh, r => ApplyRefreshAsync(r, CancellationToken.None));
    }

    /// <summary>Records a keyed card posting (also used by adapters that answered a turn themselves).</summary>
    public Task RecordAsync(View view, ConversationRef conversation, string? messageId, CancellationToken cancellationToken) =>
        view is CardView { Key: { } key } card && messageId is not null
            ? postedCards.RecordAsync(new PostedCard(key, conversation, messageId, card.Language, time.GetUtcNow()), cancellationToken)
            : Task.CompletedTask;

    private async Task DeliverAsync(Reply reply, Turn? origin, CancellationToken cancellationToken)
    {
        switch (reply.Target)
        {
            case HereTarget:
                await PostAsync(RequireOrigin(origin).Conversation, reply.View, cancellationToken);
                break;
            case ClickedCardTarget when origin?.ReplyToId is { } clicked:
                await UpdateAsync(origin.Conversation, clicked, reply.View, cancellationToken);
                break;
            case ClickedCardTarget:
                await PostAsync(RequireOrigin(origin).Conversation, reply.View, cancellationToken);
                break;
            case ConversationTarget target:
                await PostAsync(target.Conversation, reply.View, cancellationToken);
                break;
            case PostedMessageTarget target:
                await UpdateAsync(target.Conversation, target.MessageId, reply.View, cancellationToken);
                break;
            case DirectTarget target:
                var posted = await Sender(target.User.Platform).SendDirectAsync(target.User, reply.View, cancellationToken);
                if (posted is null)
                    LogNoDirectRoute(logger, target.User.Key);
                else
                    await RecordAsync(reply.View, posted.Conversation, posted.MessageId, cancellationToken);
                break;
        }
    }

    private async Task PostAsync(ConversationRef conversation, View view, CancellationToken cancellationToken)
    {
        var id = await Sender(conversation.Platform).SendAsync(conversation, view, cancellationToken);
        await RecordAsync(view, conversation, id, cancellationToken);
    }

    private async Task UpdateAsync(ConversationRef conversation, string messageId, View view, CancellationToken cancellationToken)
    {
        await Sender(conversation.Platform).UpdateAsync(conversation, messageId, view, cancellationToken);
        await RecordAsync(view, conversation, messageId, cancellationToken);
    }

    private Task ApplyRefreshAsync(CardRefresh refresh, CancellationToken cancellationToken) =>
        refresher.RefreshAsync(refresh, (copy, view, ct) => Sender(copy.Conversation.Platform).UpdateAsync(copy.Conversation, copy.MessageId, view, ct), cancellationToken);

    private IChannelSender Sender(string platform) =>
        senders.FirstOrDefault(s => s.Handles(platform)) ?? throw new InvalidOperationException($"No channel sender handles platform '{platform}'.");

    private static Turn RequireOrigin(Turn? origin) =>
        origin ?? throw new InvalidOperationException("A reply to 'here' needs the turn it answers.");

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivering a reply ({Target}) for turn {ActivityId} failed")]
    private static partial void LogDeliveryFailed(ILogger logger, string target, string? activityId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No way to reach {User} directly: the bot has never heard from them")]
    private static partial void LogNoDirectRoute(ILogger logger, string user);
}
