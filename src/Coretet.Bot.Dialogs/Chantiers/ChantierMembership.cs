using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Chantiers;

/// <summary>Join and leave: one participant entity per ally, so any number join at once.</summary>
internal sealed class ChantierMembership(IAllianceGate gate, ChantierSupport support)
{
    public async Task<TurnResult> JoinAsync(Turn turn, CardAction action, CancellationToken cancellationToken)
    {
        var context = await gate.RequireAllyAsync(turn, cancellationToken);
        var chantier = await support.RequireAsync(context, ChantierSupport.NumberFrom(action), cancellationToken);
        var member = chantier.Join(turn.From, support.Now);
        if (!await support.Members.AddAsync(chantier.AllianceId, chantier.Number, member, cancellationToken))
            throw new AllianceException(ChantierTexts.AlreadyParticipant.Format(chantier.Title));
        await support.JournalAsync(turn, ChantierEvents.ChantierJoined, chantier, ChantierJournalTexts.Joined, "", cancellationToken);
        return await support.CardAsync(turn, chantier, ChantierCardPlacement.RefreshOnly, cancellationToken);
    }

    public async Task<TurnResult> LeaveAsync(Turn turn, CardAction action, CancellationToken cancellationToken)
    {
        var context = await gate.ResolveAsync(turn, cancellationToken);
        var chantier = await support.RequireAsync(context, ChantierSupport.NumberFrom(action), cancellationToken);
        chantier.Leave(turn.From.Key);
        if (!await support.Members.RemoveAsync(chantier.AllianceId, chantier.Number, turn.From.Key, cancellationToken))
            throw new AllianceException(ChantierTexts.NotParticipant.Format(chantier.Title));
        await support.JournalAsync(turn, ChantierEvents.ChantierLeft, chantier, ChantierJournalTexts.Left, "", cancellationToken);
        return await support.CardAsync(turn, chantier, ChantierCardPlacement.RefreshOnly, cancellationToken);
    }
}
