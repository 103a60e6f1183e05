using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Journal;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>
/// The initiator amends the proposal: a new revision (ETag-conditional on the round). Allies whose position was given
/// on an older revision keep it, shown as such, and are invited to re-confirm or change it.
/// </summary>
public sealed class AmendmentService(RoundAccess access, IJournal journal, TimeProvider clock)
{
    private const int Attempts = 8;

    public async Task<TurnResult> AmendFormAsync(Turn turn, AllianceContext context, string? roundId, CancellationToken cancellationToken)
    {
        var round = (await access.LoadAsync(context, roundId, cancellationToken)).Value;
        if (!round.IsInitiator(context.UserKey))
            throw new AllianceException(ConsensusTexts.OnlyInitiatorAmends);
        if (round.IsLateAt(clock.GetUtcNow()))
            throw new AllianceException(ConsensusTexts.RoundClosed);
        return TurnResult.Show(RoundForms.Amend(round, turn.Language));
    }

    public async Task<TurnResult> AmendAsync(Turn turn, AllianceContext context, string? roundId, string? text, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var stored = await access.LoadAsync(context, roundId, cancellationToken);
            var round = stored.Value;
            var revision = round.Amend(context.UserKey, text ?? "", clock.GetUtcNow());
            if (await access.Rounds.TryUpdateAsync(round, stored.Version, cancellationToken))
                return await AmendedAsync(turn, context.Ally!, round, revision, cancellationToken);
        }

        throw new AllianceException(ConsensusTexts.Busy);
    }

    private async Task<TurnResult> AmendedAsync(Turn turn, Ally ally, Round round, Revision revision, CancellationToken cancellationToken)
    {
        await journal.AppendAsync(DissentService.Entry(round, ConsensusEvents.RoundAmended, ally, revision.At,
            ConsensusTexts.JournalAmended.Format(ally.Name, round.Number, revision.Number)) with
        {
            Data = new Dictionary<string, string> { ["revision"] = revision.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), ["text"] = revision.Text },
        }, cancellationToken);
        var snapshot = await access.SnapshotAsync(round, null, cancellationToken);
        var replies = new List<Reply> { Reply.Here(ConsensusTexts.Amended.Format(round.Number, revision.Number).In(turn.Language)) };
        foreach (var position in snapshot.Positions.Where(p => !p.Late && p.RevisionNumber < revision.Number && p.AllyId != ally.Id))
        {
            if (await access.Audiences.FindAsync(round.AllianceId, position.AllyId, cancellationToken) is { IsActive: true } author)
                replies.Add(new Reply(RoundCard.ReconfirmInvitation(snapshot, position, author.Language, author.TimeZone), new DirectTarget(author.User)));
        }

        return new TurnResult(replies).WithRefresh(access.Refresh(snapshot));
    }
}
