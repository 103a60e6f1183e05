using Coretet.Bot.Dialogs.Claims;
using Coretet.Bot.Dialogs.Journal;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Views;
using Microsoft.Extensions.Logging;

namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>
/// Closes rounds (at the deadline from the sweep, or early by the initiator/animators) and records arbitrations.
/// The Open→Closed write is ETag-conditional, so one closer wins; the winner claims the outcome before announcing it,
/// posts the outcome card where the round was posted, refreshes the round card and tells the outcome listeners.
/// </summary>
public sealed partial class RoundCloser(
    RoundAccess access, IJournal journal, IClaimStore claims, IEnumerable<IRoundOutcomeListener> listeners, TimeProvider clock, ILogger<RoundCloser> logger)
{
    public const string SystemActor = "system";

    private const int Attempts = 8;

    /// <summary>Closes the round unless it already is; returns what to send (nothing when another closer won).</summary>
    public async Task<TurnResult> CloseAsync(string allianceId, string roundId, string closedBy, string closedByName, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var stored = await access.Rounds.FindAsync(allianceId, roundId, cancellationToken);
            if (stored is null || !stored.Value.IsOpen)
                return TurnResult.Nothing;
            var round = stored.Value;
            var outcome = round.Close(closedBy, await access.Positions.ListAsync(round.Id, cancellationToken), clock.GetUtcNow());
            if (await access.Rounds.TryUpdateAsync(round, stored.Version, cancellationToken))
                return await AnnounceAsync(round, outcome, ConsensusEvents.RoundClosed, closedBy, closedByName, cancellationToken);
        }

        throw new AllianceException(ConsensusTexts.Busy);
    }

    public async Task<TurnResult> ArbitrateAsync(string allianceId, string roundId, string facilitatorId, string facilitatorName, string? statement, bool adopts, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var stored = await access.Rounds.FindAsync(allianceId, roundId, cancellationToken)
                ?? throw new AllianceException(ConsensusTexts.RoundNotFound);
            var round = stored.Value;
            var outcome = round.Arbitrate(facilitatorId, statement ?? "", adopts, clock.GetUtcNow());
            if (await access.Rounds.TryUpdateAsync(round, stored.Version, cancellationToken))
                return await AnnounceAsync(round, outcome, ConsensusEvents.RoundArbitrated, facilitatorId, facilitatorName, cancellationToken);
        }

        throw new AllianceException(ConsensusTexts.Busy);
    }

    private async Task<TurnResult> AnnounceAsync(Round round, Outcome outcome, string kind, string actorId, string actorName, CancellationToken cancellationToken)
    {
        var claimKey = $"{round.Id}/{kind}";
        if (!await claims.TryClaimAsync("consensus.outcome", claimKey, cancellationToken))
            return TurnResult.Nothing;
        var snapshot = await access.SnapshotAsync(round, null, cancellationToken);
        await journal.AppendAsync(Entry(round, outcome, kind, actorId, actorName), cancellationToken);
        var replies = round.Venues.Select(v => new Reply(OutcomeCard.Render(snapshot, round.VenueLanguage), new ConversationTarget(v))).ToList();
        if (replies.Count == 0 && await access.Audiences.FindAsync(round.AllianceId, round.InitiatorId, cancellationToken) is { } initiator)
            replies.Add(new Reply(OutcomeCard.Render(snapshot, initiator.Language), new DirectTarget(initiator.User)));
        var result = new TurnResult(replies).WithRefresh(access.Refresh(snapshot));
        foreach (var listener in listeners)
            result = result.Then(await NotifyAsync(listener, round, outcome, cancellationToken));
        return result;
    }

    private async Task<TurnResult> NotifyAsync(IRoundOutcomeListener listener, Round round, Outcome outcome, CancellationToken cancellationToken)
    {
        try
        {
            return await listener.OnOutcomeAsync(round, outcome, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A listener's failure must not undo or hide the outcome; it is logged for the capability that owns it.
            LogListenerFailed(logger, listener.GetType().Name, round.Id, ex);
            return TurnResult.Nothing;
        }
    }

    private static JournalEntry Entry(Round round, Outcome outcome, string kind, string actorId, string actorName) =>
        new(round.AllianceId, kind, actorId, actorName, outcome.ArbitratedAt ?? outcome.ClosedAt,
            ConsensusTexts.JournalClosed.Format(round.Number, ConsensusTexts.OutcomeName(outcome.Kind).French, ConsensusTexts.OutcomeName(outcome.Kind).English))
        {
            RoundId = round.Id,
            ChantierId = round.Scope.ChantierId,
            SubjectId = round.Subject.SubjectId,
            Data = new Dictionary<string, string>
            {
                ["outcome"] = outcome.Kind.ToString(),
                ["computed"] = outcome.Computed.ToString(),
                ["positions"] = outcome.Tally.Total.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["blocks"] = outcome.Tally.Blocks.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["statement"] = outcome.Statement ?? "",
            },
        };

    [LoggerMessage(Level = LogLevel.Error, Message = "Outcome listener {Listener} failed for round {RoundId}")]
    private static partial void LogListenerFailed(ILogger logger, string listener, string roundId, Exception exception);
}
