using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>Closing early (initiator or animators) and arbitration (facilitators) from a card.</summary>
public sealed class ClosingActions(RoundAccess access, RoundCloser closer)
{
    public async Task<TurnResult> CloseEarlyAsync(Turn turn, AllianceContext context, string? roundId, CancellationToken cancellationToken)
    {
        var round = (await access.LoadAsync(context, roundId, cancellationToken)).Value;
        var audience = await access.AudienceAsync(context, round.Scope, cancellationToken);
        if (!audience.Manages(round, context.UserKey))
            throw new AllianceException(ConsensusTexts.OnlyInitiatorOrAnimatorsClose);
        var result = await closer.CloseAsync(round.AllianceId, round.Id, context.UserKey, context.Ally?.Name ?? turn.From.Name, cancellationToken);
        return result.Replies.Count == 0 && result.Refreshes.Count == 0
            ? TurnResult.Text(ConsensusTexts.RoundAlreadyClosed.In(turn.Language))
            : await ConfirmAsync(turn, context, round.Id, result, cancellationToken);
    }

    public async Task<TurnResult> ArbitrateFormAsync(Turn turn, AllianceContext context, string? roundId, CancellationToken cancellationToken)
    {
        var round = (await access.LoadAsync(context, roundId, cancellationToken)).Value;
        if (round.Outcome is null)
            throw new AllianceException(ConsensusTexts.ArbitrationNeedsClosedRound);
        if (round.Outcome.Computed != OutcomeKind.NoConsensus)
            throw new AllianceException(ConsensusTexts.ArbitrationOnlyWithoutConsensus);
        if (round.Outcome.Kind == OutcomeKind.Arbitration)
            throw new AllianceException(ConsensusTexts.AlreadyArbitrated);
        return TurnResult.Show(RoundForms.Arbitrate(round, turn.Language));
    }

    public async Task<TurnResult> ArbitrateAsync(Turn turn, AllianceContext context, string? roundId, string? statement, bool adopts, CancellationToken cancellationToken)
    {
        var round = (await access.LoadAsync(context, roundId, cancellationToken)).Value;
        if (string.IsNullOrWhiteSpace(statement))
            throw new AllianceException(ConsensusTexts.StatementMissing);
        var result = await closer.ArbitrateAsync(round.AllianceId, round.Id, context.UserKey, context.Ally?.Name ?? turn.From.Name, statement, adopts, cancellationToken);
        return await ConfirmAsync(turn, context, round.Id, result, cancellationToken);
    }

    /// <summary>The outcome card goes to the round's conversations; here the actor sees it too when they are elsewhere.</summary>
    private async Task<TurnResult> ConfirmAsync(Turn turn, AllianceContext context, string roundId, TurnResult result, CancellationToken cancellationToken)
    {
        var round = (await access.LoadAsync(context, roundId, cancellationToken)).Value;
        var outcome = round.Outcome!;
        var here = ConsensusTexts.Closed.Format(round.Number, ConsensusTexts.OutcomeName(outcome.Kind).In(turn.Language)).In(turn.Language);
        var postedHere = round.Venues.Any(v => v.Key == turn.Conversation.Key);
        if (postedHere)
            return TurnResult.Text(here).Then(Retarget(result, turn.Conversation.Key));
        var snapshot = await access.SnapshotAsync(round, null, cancellationToken);
        return TurnResult.Of(Reply.Here(here), Reply.Here(OutcomeCard.Render(snapshot, turn.Language))).Then(result);
    }

    /// <summary>The outcome card for the conversation the actor is in is sent as a reply there rather than proactively.</summary>
    private static TurnResult Retarget(TurnResult result, string here) =>
        result with { Replies = result.Replies.Select(r => r.Target is ConversationTarget t && t.Conversation.Key == here ? r with { Target = ReplyTarget.Here } : r).ToList() };
}
