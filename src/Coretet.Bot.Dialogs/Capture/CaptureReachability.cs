using Coretet.Bot.Dialogs.Journal;
using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;
using Microsoft.Extensions.Logging;

namespace Coretet.Bot.Dialogs.Capture;

/// <summary>
/// An ally marked unreachable (the platform refused a prompt for good: bot blocked, user gone) who writes to the bot
/// again, in any conversation and with any command, is reachable again: the mark is cleared in every alliance and
/// journaled. One small read per turn; a write only when there is a mark to clear. Runs before the turn's flow, not
/// beside it: a preference command in the same turn writes the same row.
/// </summary>
public sealed partial class CaptureReachability(
    ICapturePreferencesStore preferences,
    IJournal journal,
    TimeProvider clock,
    ILogger<CaptureReachability> logger) : ITurnObserver
{
    public async Task OnTurnAsync(Turn turn, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var allianceId in await preferences.FindUnreachableAsync(turn.From.Key, cancellationToken))
                await ClearAsync(allianceId, turn.From, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not StoreUnavailableException)
        {
            // The mark stays until the next turn; this turn's own answer does not depend on it. A store that is down
            // is not swallowed: the turn would wait out the same outage again, so it answers "try again shortly" now.
            LogClearFailed(logger, turn.From.Key, ex);
        }
    }

    private async Task ClearAsync(string allianceId, UserRef user, CancellationToken cancellationToken)
    {
        var current = await preferences.GetAsync(allianceId, user.Key, cancellationToken);
        // Saved even when the row is no longer marked: that removes a stale index entry.
        await preferences.SaveAsync(current with { Unreachable = false }, cancellationToken);
        if (!current.Unreachable)
            return;
        LogReachableAgain(logger, user.Key, allianceId);
        await journal.AppendAsync(new JournalEntry(allianceId, CaptureEvents.AllyReachableAgain, user.Key, user.Name, clock.GetUtcNow(),
            CaptureTexts.JournalReachableAgain.Format(user.Name)), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ally {AllyId} wrote again: no longer unreachable in alliance {AllianceId}")]
    private static partial void LogReachableAgain(ILogger logger, string allyId, string allianceId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not clear the unreachable mark of {AllyId}; the next turn tries again")]
    private static partial void LogClearFailed(ILogger logger, string allyId, Exception exception);
}
