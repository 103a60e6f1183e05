using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Dialogs.Consensus;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Wiring;

/// <summary>
/// A principle round's outcome decides the principle: adopted (consensus, with or without recorded dissent, or an
/// arbitration that adopts) joins the alliance's list; otherwise rejected. Called again after an arbitration, which
/// then sets the final status.
/// </summary>
public sealed class PrincipleOutcomeListener(PrincipleOutcomes outcomes) : IRoundOutcomeListener
{
    public async Task<TurnResult> OnOutcomeAsync(Round round, Outcome outcome, CancellationToken cancellationToken)
    {
        if (round.Subject.Kind == RoundSubjectKind.Principle)
            await outcomes.ApplyAsync(round.AllianceId, round.Id, outcome.IsAdopted, cancellationToken);
        return TurnResult.Nothing;
    }
}
