using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Channels;

/// <summary>
/// One refresh pass of a card over every posted copy, safe with several instances refreshing the same card: a render
/// version is reserved on each copy (<see cref="IPostedCardVersions"/>) before the card's state is read again
/// (<see cref="CardRefresh.Reload"/>), a copy is updated only while no newer version was reserved, and when an
/// update may have landed after a newer one the card is read, rendered and sent once more. So the last update a
/// message receives renders the state read after the last change (see docs/operating.md).
/// </summary>
public sealed partial class PostedCardRefresher(IPostedCardStore postedCards, IPostedCardVersions versions, ILogger<PostedCardRefresher> logger)
{
    /// <summary>Updates of one copy in one pass: the first, and a few more when updates from other instances crossed it.</summary>
    public const int MaxSendsPerCopy = 5;

    /// <summary>Refreshes every copy of <paramref name="refresh"/>'s card through <paramref name="update"/> (the platform's update in place).</summary>
    public async Task RefreshAsync(CardRefresh refresh, Func<PostedCard, View, CancellationToken, Task> update, CancellationToken cancellationToken)
    {
        var reserved = new List<(PostedCard Copy, long Version)>();
        foreach (var copy in await postedCards.ListAsync(refresh.CardKey, cancellationToken))
        {
            if (await TryGetAsync(refresh, copy, () => versions.ReserveAsync(copy, cancellationToken), cancellationToken) is { } version)
                reserved.Add((copy, version));
        }

        if (reserved.Count == 0)
            return;
        var render = await RenderAsync(refresh, cancellationToken);
        foreach (var (copy, version) in reserved)
            await TryGetAsync(refresh, copy, () => UpdateAsync(refresh, copy, version, render, update, cancellationToken), cancellationToken);
    }

    private async Task<long?> UpdateAsync(
        CardRefresh refresh, PostedCard copy, long version, Func<Language, View> render, Func<PostedCard, View, CancellationToken, Task> update, CancellationToken cancellationToken)
    {
        for (var send = 1; ; send++)
        {
            if (await versions.IsSupersededAsync(copy, version, cancellationToken))
                return null;
            await TryAsync(refresh, copy, () => update(copy, render(copy.Language), cancellationToken), cancellationToken);

            // Completed even when the update failed: a timed-out update may still have landed.
            if (await versions.CompleteAsync(copy, version, cancellationToken) is not { } again)
                return version;
            if (send == MaxSendsPerCopy)
            {
                LogGaveUp(logger, refresh.CardKey, copy.Conversation.Key, copy.MessageId, send);
                return null;
            }

            LogSendingAgain(logger, refresh.CardKey, copy.MessageId, version, again);
            version = again;
            render = await RenderAsync(refresh, cancellationToken);
        }
    }

    private static async Task<Func<Language, View>> RenderAsync(CardRefresh refresh, CancellationToken cancellationToken) =>
        refresh.Reload is { } reload ? await reload(cancellationToken) : refresh.Render;

    /// <summary>A failure on one copy is logged and does not stop the others.</summary>
    private async Task<long?> TryGetAsync(CardRefresh refresh, PostedCard copy, Func<Task<long?>> work, CancellationToken cancellationToken)
    {
        long? result = null;
        await TryAsync(refresh, copy, async () => { result = await work(); }, cancellationToken);
        return result;
    }

    private async Task TryAsync(CardRefresh refresh, PostedCard copy, Func<Task> work, CancellationToken cancellationToken)
    {
        try
        {
            await work();
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogRefreshFailed(logger, refresh.CardKey, copy.Conversation.Key, copy.MessageId, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Refreshing card {CardKey} in {Conversation} (message {MessageId}) failed")]
    private static partial void LogRefreshFailed(ILogger logger, string cardKey, string conversation, string messageId, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Card {CardKey} (message {MessageId}): an update from another instance crossed render {Version}; sending render {Again}")]
    private static partial void LogSendingAgain(ILogger logger, string cardKey, string messageId, long version, long again);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Card {CardKey} in {Conversation} (message {MessageId}): still crossed by other updates after {Sends} sends; the next change refreshes it")]
    private static partial void LogGaveUp(ILogger logger, string cardKey, string conversation, string messageId, int sends);
}
