using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Journal;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>
/// Taking, changing and re-confirming positions. The ally is always the verified sender; the entity per (round, ally)
/// is inserted once (a concurrent duplicate insert conflicts and is re-read) and changed with its ETag, so 20
/// concurrent clicks give one position and 300 allies give 300.
/// </summary>
public sealed class PositionService(RoundAccess access, IJournal journal, TimeProvider clock)
{
    private const int Attempts = 10;

    /// <summary>Takes (or changes) the sender's position. A dissenting stance without a reason returns the reason form.</summary>
    public async Task<TurnResult> TakeAsync(Turn turn, AllianceContext context, string? roundId, Stance? stance, string? reason, CancellationToken cancellationToken)
    {
        var stored = await access.LoadAsync(context, roundId, cancellationToken);
        var round = stored.Value;
        var audience = await access.AudienceAsync(context, round.Scope, cancellationToken);
        if (!audience.Includes(context.UserKey))
            throw new AllianceException(OutsideScope(audience));
        if (stance is not { } chosen)
            throw new AllianceException(ConsensusTexts.UnknownStance);
        if (chosen.RequiresReason() && string.IsNullOrWhiteSpace(reason))
            return TurnResult.Show(RoundForms.Reason(round, chosen, turn.Language, missing: reason is not null));
        var write = await WriteAsync(round, context.Ally!, chosen, reason, round.Current.Number, cancellationToken);
        var snapshot = await access.SnapshotAsync(round, audience.Chantier?.Title, cancellationToken);
        var result = Confirm(turn, write, snapshot);
        if (write.Kind == PositionWriteKind.Unchanged)
            return result;
        await journal.AppendAsync(Entry(round, write), cancellationToken);
        result = result.WithRefresh(access.Refresh(snapshot));
        return write.Position is { Late: true, Stance: Stance.Block }
            ? result.Then(await NotifyFacilitatorsAsync(context, round, write.Position, cancellationToken))
            : result;
    }

    /// <summary>Confirms the sender's position on the current revision after an amendment.</summary>
    public async Task<TurnResult> ReconfirmAsync(Turn turn, AllianceContext context, string? roundId, CancellationToken cancellationToken)
    {
        var round = (await access.LoadAsync(context, roundId, cancellationToken)).Value;
        var mine = await access.Positions.FindAsync(round.Id, context.UserKey, cancellationToken)
            ?? throw new AllianceException(ConsensusTexts.NoPositionToReconfirm);
        return await TakeAsync(turn, context, round.Id, mine.Value.Stance, mine.Value.Reason ?? "", cancellationToken);
    }

    private async Task<PositionWrite> WriteAsync(Round round, Ally ally, Stance stance, string? reason, int revision, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var now = clock.GetUtcNow();
            var late = round.IsLateAt(now);
            var existing = await access.Positions.FindAsync(round.Id, ally.Id, cancellationToken);
            if (existing is null)
            {
                var position = Position.Take(round.Id, ally.Id, ally.Name, stance, reason, revision, now, late);
                if (await access.Positions.TryAddAsync(position, cancellationToken))
                    return new PositionWrite(PositionWriteKind.Created, position);
                continue;
            }

            var current = existing.Value;
            if (late && !current.Late)
                throw new AllianceException(ConsensusTexts.ClosedPositionKept);
            if (!current.Change(ally.Name, stance, reason, revision, now, late))
                return new PositionWrite(PositionWriteKind.Unchanged, current);
            if (await access.Positions.TryUpdateAsync(current, existing.Version, cancellationToken))
                return new PositionWrite(PositionWriteKind.Changed, current);
        }

        throw new AllianceException(ConsensusTexts.Busy);
    }

    /// <summary>
    /// In a 1:1 chat the ally gets a confirmation. In a channel the card updating in place is the confirmation: a
    /// message each would flood the channel, and a direct message each is throttled by Teams when hundreds of allies
    /// answer at once. Only a late contribution is confirmed privately, since the card no longer decides anything.
    /// </summary>
    private static TurnResult Confirm(Turn turn, PositionWrite write, RoundSnapshot snapshot)
    {
        var personal = turn.Conversation.Kind == ConversationKind.Personal;
        if (!personal && !(write.Position.Late && write.Kind != PositionWriteKind.Unchanged))
            return TurnResult.Nothing;
        var text = write.Kind == PositionWriteKind.Unchanged
            ? ConsensusTexts.PositionAlreadyRecorded
            : write.Position.Late ? ConsensusTexts.LatePositionRecorded : ConsensusTexts.PositionRecorded;
        var message = new MessageView(text.Format(snapshot.Round.Number, ConsensusTexts.StanceName(write.Position.Stance).In(turn.Language)).In(turn.Language));
        return personal ? TurnResult.Show(message) : TurnResult.Of(new Reply(message, new DirectTarget(turn.From)));
    }

    private async Task<TurnResult> NotifyFacilitatorsAsync(AllianceContext context, Round round, Position late, CancellationToken cancellationToken)
    {
        var replies = new List<Reply>();
        foreach (var id in context.Alliance.Facilitators)
        {
            if (await access.Audiences.FindAsync(round.AllianceId, id, cancellationToken) is not { } facilitator)
                continue;
            var text = ConsensusTexts.LateBlockNotice.Format(late.AllyName, round.Number, late.Reason).In(facilitator.Language);
            replies.Add(new Reply(new MessageView(text), new DirectTarget(facilitator.User)));
        }

        return new TurnResult(replies);
    }

    private static LocalizedText OutsideScope(RoundAudience audience) =>
        audience.Chantier is { } chantier ? ConsensusTexts.OnlyChantierMembers.Format(chantier.Title) : ConsensusTexts.OnlyAllies;

    private static JournalEntry Entry(Round round, PositionWrite write)
    {
        var p = write.Position;
        var kind = p.Late && write.Kind == PositionWriteKind.Created ? ConsensusEvents.LatePositionAdded
            : write.Kind == PositionWriteKind.Created ? ConsensusEvents.PositionTaken : ConsensusEvents.PositionChanged;
        var stance = ConsensusTexts.StanceName(p.Stance);
        return new JournalEntry(round.AllianceId, kind, p.AllyId, p.AllyName, p.At,
            ConsensusTexts.JournalPosition.Format(p.AllyName, stance.French, round.Number, stance.English))
        {
            RoundId = round.Id,
            ChantierId = round.Scope.ChantierId,
            Data = new Dictionary<string, string>
            {
                ["stance"] = p.Stance.ToString(),
                ["reason"] = p.Reason ?? "",
                ["revision"] = p.RevisionNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["late"] = p.Late ? "true" : "false",
            },
        };
    }
}
