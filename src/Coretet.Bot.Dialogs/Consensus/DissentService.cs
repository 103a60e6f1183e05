using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Journal;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>
/// Dissent is answered: the initiator or an animator answers a reservation, divergent opinion or block; its author is
/// told and can mark the answer as addressing their concern. Answers are written into the dissenting position's own
/// entity with its ETag, so an answer and a change of position never overwrite each other.
/// </summary>
public sealed class DissentService(RoundAccess access, IJournal journal, TimeProvider clock)
{
    private const int Attempts = 8;

    public async Task<TurnResult> AnswerFormAsync(Turn turn, AllianceContext context, string? roundId, CancellationToken cancellationToken)
    {
        var (round, _) = await ManagedAsync(context, roundId, cancellationToken);
        var snapshot = await access.SnapshotAsync(round, null, cancellationToken);
        if (!snapshot.Dissent.Any())
            throw new AllianceException(ConsensusTexts.NoDissentYet);
        return TurnResult.Show(RoundForms.Answer(snapshot, turn.Language));
    }

    /// <summary><paramref name="allyId"/> names the dissenting position answered (card data: only a target, checked).</summary>
    public async Task<TurnResult> AnswerAsync(Turn turn, AllianceContext context, string? roundId, string? allyId, string? text, CancellationToken cancellationToken)
    {
        var (round, audience) = await ManagedAsync(context, roundId, cancellationToken);
        if (string.IsNullOrWhiteSpace(text))
            throw new AllianceException(ConsensusTexts.AnswerMissing);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var stored = string.IsNullOrEmpty(allyId) ? null : await access.Positions.FindAsync(round.Id, allyId, cancellationToken);
            if (stored is null)
                throw new AllianceException(ConsensusTexts.NothingToAnswer);
            var response = stored.Value.Answer(context.UserKey, context.Ally!.Name, text, clock.GetUtcNow());
            if (await access.Positions.TryUpdateAsync(stored.Value, stored.Version, cancellationToken))
                return await AnsweredAsync(turn, context, round, audience, stored.Value, response, cancellationToken);
        }

        throw new AllianceException(ConsensusTexts.Busy);
    }

    /// <summary>The sender (never card data) marks an answer to their own position as addressing their concern.</summary>
    public async Task<TurnResult> MarkAddressedAsync(Turn turn, AllianceContext context, string? roundId, string? responseId, CancellationToken cancellationToken)
    {
        var round = (await access.LoadAsync(context, roundId, cancellationToken)).Value;
        if (!int.TryParse(responseId, out var id))
            throw new AllianceException(ConsensusTexts.AnswerNotFound);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var stored = await access.Positions.FindAsync(round.Id, context.UserKey, cancellationToken)
                ?? throw new AllianceException(ConsensusTexts.AnswerNotFound);
            var now = clock.GetUtcNow();
            if (!stored.Value.MarkAddressed(id, now))
                return TurnResult.Text(ConsensusTexts.AlreadyAddressed.In(turn.Language));
            if (!await access.Positions.TryUpdateAsync(stored.Value, stored.Version, cancellationToken))
                continue;
            await journal.AppendAsync(Entry(round, ConsensusEvents.ConcernAddressed, context.Ally!, now,
                ConsensusTexts.JournalAddressed.Format(context.Ally!.Name, round.Number)), cancellationToken);
            var snapshot = await access.SnapshotAsync(round, null, cancellationToken);
            var card = RoundCard.Live(snapshot, turn.Language, turn.TimeZone) with { Key = null };
            return TurnResult.Of(Reply.Here(ConsensusTexts.AddressedNoted.In(turn.Language)), Reply.Here(card))
                .WithRefresh(access.Refresh(snapshot));
        }

        throw new AllianceException(ConsensusTexts.Busy);
    }

    private async Task<TurnResult> AnsweredAsync(Turn turn, AllianceContext context, Round round, RoundAudience audience, Position position, DissentResponse response, CancellationToken cancellationToken)
    {
        await journal.AppendAsync(Entry(round, ConsensusEvents.DissentAnswered, context.Ally!, response.At,
            ConsensusTexts.JournalAnswered.Format(context.Ally!.Name, position.AllyName, round.Number)) with { SubjectId = position.AllyId }, cancellationToken);
        var snapshot = await access.SnapshotAsync(round, audience.Chantier?.Title, cancellationToken);
        var result = TurnResult.Text(ConsensusTexts.AnswerRecorded.Format(position.AllyName).In(turn.Language))
            .WithRefresh(access.Refresh(snapshot));
        if (await access.Audiences.FindAsync(round.AllianceId, position.AllyId, cancellationToken) is { } author)
            result = result.Then(TurnResult.Of(new Reply(RoundCard.AnswerNotice(round, position, response, author.Language), new DirectTarget(author.User))));
        return result;
    }

    private async Task<(Round Round, RoundAudience Audience)> ManagedAsync(AllianceContext context, string? roundId, CancellationToken cancellationToken)
    {
        var round = (await access.LoadAsync(context, roundId, cancellationToken)).Value;
        var audience = await access.AudienceAsync(context, round.Scope, cancellationToken);
        if (!audience.Manages(round, context.UserKey))
            throw new AllianceException(ConsensusTexts.OnlyInitiatorOrAnimatorsAnswer);
        return (round, audience);
    }

    internal static JournalEntry Entry(Round round, string kind, Ally actor, DateTimeOffset at, LocalizedText summary) =>
        new(round.AllianceId, kind, actor.Id, actor.Name, at, summary) { RoundId = round.Id, ChantierId = round.Scope.ChantierId };
}
