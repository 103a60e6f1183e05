using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Chantiers;

/// <summary>Animators: add co-animators (from participants or by mention), step down, link the chantier to a channel.</summary>
internal sealed class ChantierAnimation(IAllianceGate gate, IAllyDirectory allies, ChantierSupport support)
{
    public async Task<TurnResult> ShowFormAsync(Turn turn, CardAction action, CancellationToken cancellationToken)
    {
        var context = await gate.RequireAllyAsync(turn, cancellationToken);
        var chantier = await support.RequireAsync(context, ChantierSupport.NumberFrom(action), cancellationToken);
        if (!chantier.IsAnimator(turn.From.Key))
            throw new AllianceException(ChantierTexts.OnlyAnimatorsAddAnimators);
        return TurnResult.Show(ChantierForms.AddAnimator(await support.SnapshotAsync(chantier, cancellationToken), turn.Language));
    }

    /// <summary>From the form: the chosen id must be a current participant; their identity comes from the stored record.</summary>
    public async Task<TurnResult> AddParticipantAsync(Turn turn, CardAction action, CancellationToken cancellationToken)
    {
        var context = await gate.RequireAllyAsync(turn, cancellationToken);
        var number = ChantierSupport.NumberFrom(action);
        var snapshot = await support.SnapshotAsync(await support.RequireAsync(context, number, cancellationToken), cancellationToken);
        var chosen = snapshot.Participants.FirstOrDefault(p => p.AllyId == action.Get(ChantierVerbs.AllyKey));
        if (!snapshot.Chantier.IsAnimator(turn.From.Key))
            throw new AllianceException(ChantierTexts.OnlyAnimatorsAddAnimators);
        if (chosen is null)
            throw new AllianceException(ChantierTexts.NotAParticipantAnymore.Format(number));

        return await AddAsync(turn, context, number, chosen.User, ChantierCardPlacement.ReplaceClicked, cancellationToken);
    }

    /// <summary><c>chantier 3 co-animateur @Bob</c>: each mentioned person must be an active ally.</summary>
    public async Task<TurnResult> AddMentionedAsync(Turn turn, int number, CancellationToken cancellationToken)
    {
        var context = await gate.RequireAllyAsync(turn, cancellationToken);
        if (turn.Mentions.Count == 0)
            throw new AllianceException(ChantierTexts.MentionNeeded.Format(number));
        var result = TurnResult.Nothing;
        foreach (var mentioned in turn.Mentions)
        {
            if (await allies.FindAsync(context.Alliance.Id, mentioned.Key, cancellationToken) is not { IsActive: true } ally)
                throw new AllianceException(ChantierTexts.MentionNotAlly.Format(mentioned.Name));
            result = await AddAsync(turn, context, number, ally.User, ChantierCardPlacement.Here, cancellationToken);
        }

        return result;
    }

    public async Task<TurnResult> StepDownAsync(Turn turn, CardAction action, CancellationToken cancellationToken)
    {
        var context = await gate.ResolveAsync(turn, cancellationToken);
        var chantier = await support.UpdateAsync(context, ChantierSupport.NumberFrom(action), c => c.StepDown(turn.From.Key), cancellationToken);
        if (chantier.IsOpen)
            await support.Members.AddAsync(chantier.AllianceId, chantier.Number, new ChantierMember(turn.From, support.Now), cancellationToken);
        await support.JournalAsync(turn, ChantierEvents.AnimatorSteppedDown, chantier, ChantierJournalTexts.SteppedDown, "", cancellationToken);
        return await support.CardAsync(turn, chantier, ChantierCardPlacement.RefreshOnly, cancellationToken);
    }

    public async Task<TurnResult> LinkAsync(Turn turn, CardAction action, CancellationToken cancellationToken)
    {
        var context = await gate.RequireAllyAsync(turn, cancellationToken);
        var chantier = await support.UpdateAsync(context, ChantierSupport.NumberFrom(action), c => c.LinkTo(turn.From.Key, turn.Conversation), cancellationToken);
        var where = turn.Conversation.Name ?? turn.Conversation.Key;
        await support.JournalAsync(turn, ChantierEvents.ChantierLinked, chantier, ChantierJournalTexts.Linked, where, cancellationToken);
        return await support.CardAsync(turn, chantier, ChantierCardPlacement.RefreshOnly, cancellationToken);
    }

    private async Task<TurnResult> AddAsync(Turn turn, AllianceContext context, int number, UserRef ally, ChantierCardPlacement placement, CancellationToken cancellationToken)
    {
        var chantier = await support.UpdateAsync(context, number, c => c.AddAnimator(turn.From.Key, ally, support.Now), cancellationToken);
        await support.Members.RemoveAsync(chantier.AllianceId, chantier.Number, ally.Key, cancellationToken);
        await support.JournalAsync(turn, ChantierEvents.AnimatorAdded, chantier, ChantierJournalTexts.AnimatorAdded, ally.Name, cancellationToken);
        return await support.CardAsync(turn, chantier, placement, cancellationToken);
    }
}
