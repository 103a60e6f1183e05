using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Chantiers;

/// <summary>Closing with a statement (and the closing prompt to members), and reopening.</summary>
internal sealed class ChantierClosing(
    IAllianceGate gate, IAllyDirectory allies, IEnumerable<IChantierClosedListener> listeners, ChantierSupport support)
{
    public async Task<TurnResult> ShowFormAsync(Turn turn, CardAction action, CancellationToken cancellationToken)
    {
        var context = await gate.RequireAllyAsync(turn, cancellationToken);
        var chantier = await support.RequireAsync(context, ChantierSupport.NumberFrom(action), cancellationToken);
        if (!chantier.IsAnimator(turn.From.Key))
            throw new AllianceException(ChantierTexts.OnlyAnimatorsClose);
        if (!chantier.IsOpen)
            throw new AllianceException(ChantierTexts.Closed.Format(chantier.Title));
        return TurnResult.Show(ChantierForms.Closing(chantier, turn.Language));
    }

    public async Task<TurnResult> CloseAsync(Turn turn, CardAction action, CancellationToken cancellationToken)
    {
        var context = await gate.RequireAllyAsync(turn, cancellationToken);
        var number = ChantierSupport.NumberFrom(action);
        var statement = action.Get(ChantierVerbs.StatementKey) ?? "";
        var current = await support.RequireAsync(context, number, cancellationToken);
        if (current.IsAnimator(turn.From.Key) && current.IsOpen && Chantier.StatementProblem(statement) is { } problem)
        {
            var form = ChantierForms.Closing(current, turn.Language, problem.In(turn.Language), statement);
            return TurnResult.Of(new Reply(form, ReplyTarget.ClickedCard));
        }

        var chantier = await support.UpdateAsync(context, number, c => c.Close(turn.From.Key, statement, support.Now), cancellationToken);
        var snapshot = await support.SnapshotAsync(chantier, cancellationToken);
        await support.JournalAsync(turn, ChantierEvents.ChantierClosed, chantier, ChantierJournalTexts.Closed, chantier.ClosingStatement!, cancellationToken);
        var result = await support.CardAsync(turn, chantier, ChantierCardPlacement.ReplaceClicked, cancellationToken);
        return result.Then(await NotifyAsync(context, snapshot, turn, cancellationToken));
    }

    public async Task<TurnResult> ReopenAsync(Turn turn, CardAction action, CancellationToken cancellationToken)
    {
        var context = await gate.RequireAllyAsync(turn, cancellationToken);
        var others = await support.Chantiers.ListAsync(context.Alliance.Id, cancellationToken);
        var chantier = await support.UpdateAsync(context, ChantierSupport.NumberFrom(action), c => c.Reopen(turn.From.Key, others), cancellationToken);
        await support.JournalAsync(turn, ChantierEvents.ChantierReopened, chantier, ChantierJournalTexts.Reopened, "", cancellationToken);
        return await support.CardAsync(turn, chantier, ChantierCardPlacement.RefreshOnly, cancellationToken);
    }

    /// <summary>Every listener is told; the members get the default closing message unless one prompts them itself.</summary>
    private async Task<TurnResult> NotifyAsync(AllianceContext context, ChantierSnapshot snapshot, Turn turn, CancellationToken cancellationToken)
    {
        var chantier = snapshot.Chantier;
        var closure = new ChantierClosure(chantier.ToSummary(snapshot.Participants), chantier.ClosingStatement!, turn.From, chantier.ClosedAt!.Value)
        {
            Members = snapshot.Members,
        };
        var result = TurnResult.Nothing;
        foreach (var listener in listeners)
            result = result.Then(await listener.OnChantierClosedAsync(closure, cancellationToken));
        if (listeners.Any(l => l.PromptsMembers))
            return result;
        var languages = (await allies.ListAsync(context.Alliance.Id, cancellationToken))
            .GroupBy(a => a.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Language, StringComparer.Ordinal);
        Language LanguageOf(string allyId) =>
            allyId == turn.From.Key ? turn.Language : languages.GetValueOrDefault(allyId, context.Alliance.DefaultLanguage);
        return result.Then(ChantierClosingMessage.For(closure, LanguageOf));
    }
}
