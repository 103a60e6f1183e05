using Coretet.Bot.Dialogs.Charter;
using Coretet.Bot.Dialogs.Consensus;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Wiring;

/// <summary>
/// A charter amendment round that adopts its version publishes it (<see cref="CharterService.PublishAsync"/> with the
/// round id); the announcements and re-confirm invitations are dispatched with the outcome card. Told again after an
/// arbitration: a version already published is not published twice (the charter refuses an unchanged text).
/// </summary>
public sealed class CharterOutcomeListener(CharterService charter, ICharterAmendmentStore amendments) : IRoundOutcomeListener
{
    public async Task<TurnResult> OnOutcomeAsync(Round round, Outcome outcome, CancellationToken cancellationToken)
    {
        if (round.Subject.Kind != RoundSubjectKind.CharterAmendment || !outcome.IsAdopted || round.Subject.SubjectId is not { } id)
            return TurnResult.Nothing;
        var amendment = await amendments.FindAsync(round.AllianceId, id, cancellationToken);
        if (amendment is null || amendment.RoundId != round.Id)
            return TurnResult.Nothing;
        try
        {
            var publication = await charter.PublishAsync(round.AllianceId, amendment.Draft, amendment.ProposedBy, cancellationToken, round.Id);
            return publication.ToResult();
        }
        catch (AllianceException)
        {
            return TurnResult.Nothing;
        }
    }
}
