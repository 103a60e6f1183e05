using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;
using V = Coretet.Bot.Dialogs.Consensus.ConsensusVerbs;

namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>
/// Commands (<c>consensus</c>/<c>propose</c>, <c>décisions</c>, <c>décision &lt;n&gt;</c>, <c>tour &lt;n&gt;</c>) and card
/// verbs of consensus rounds. Every action resolves the sender through the alliance gate; card data only names the
/// round and the target, and rounds are looked up within the sender's alliance.
/// </summary>
public sealed class ConsensusFlow(
    IAllianceGate gate, ConsensusService service, PositionService positions, DissentService dissent, AmendmentService amendments,
    ClosingActions closing, RoundAccess access, TimeProvider clock, ConsensusOptions options, IEnumerable<IRoundRecordSection>? sections = null) : Flow
{
    public static readonly CommandSpec Propose = new("consensus", ["consensus", "proposer", "tour de consensus"], ["consensus", "propose"],
        new LocalizedText("ouvrir un tour de consensus (proposition, portée, échéance)", "open a consensus round (proposal, scope, deadline)"));

    public static readonly CommandSpec Decisions = new("decisions", ["décisions"], ["decisions"],
        new LocalizedText("les décisions récentes et les tours en cours", "recent decisions and open rounds"));

    public static readonly CommandSpec Decision = new("decision", ["décision"], ["decision"],
        new LocalizedText("le dossier complet d'une décision (révisions, positions, réponses, issue)", "a decision's full record (revisions, positions, answers, outcome)"))
    {
        Arguments = new LocalizedText("‹n›", "‹n›"),
    };

    public static readonly CommandSpec ShowRound = new("round", ["tour"], ["round"],
        new LocalizedText("afficher la carte d'un tour pour y prendre position", "show a round's card to take a position"))
    {
        Arguments = new LocalizedText("‹n›", "‹n›"),
    };

    public override IReadOnlyList<CommandSpec> Commands => [Propose, Decisions, Decision, ShowRound];

    public override IReadOnlyList<string> Verbs => V.All;

    public override async Task<TurnResult> OnCommandAsync(Turn turn, CommandMatch match, CancellationToken cancellationToken)
    {
        if (match.Command == Propose)
            return await OpenFormAsync(turn, match.Arguments, cancellationToken);
        var context = await gate.ResolveAsync(turn, cancellationToken);
        if (match.Command == Decisions)
            return TurnResult.Show(RoundRecordView.Decisions(await access.Rounds.ListAsync(context.Alliance.Id, cancellationToken), options.RecentDecisions, turn.Language));
        var round = (await access.LoadByNumberAsync(context, match.Arguments, cancellationToken)).Value;
        var snapshot = await SnapshotAsync(context, round, cancellationToken);
        return match.Command == Decision
            ? TurnResult.Show(await RecordViewAsync(snapshot, turn, cancellationToken))
            : TurnResult.Show(RoundCard.Live(snapshot, turn.Language, turn.TimeZone));
    }

    public override async Task<TurnResult> OnActionAsync(Turn turn, CardAction action, CancellationToken cancellationToken)
    {
        var round = action.Get(V.RoundKey);
        return action.Verb switch
        {
            V.Open => await OpenAsync(turn, action, cancellationToken),
            V.Position => await positions.TakeAsync(turn, await AllyAsync(turn, cancellationToken), round, Stances.Parse(action.Get(V.StanceKey)), action.Get(V.ReasonKey), cancellationToken),
            V.Reconfirm => await positions.ReconfirmAsync(turn, await AllyAsync(turn, cancellationToken), round, cancellationToken),
            V.Missing => await MissingAsync(turn, round, cancellationToken),
            V.Menu => TurnResult.Show(RoundForms.Menu((await access.LoadAsync(await gate.ResolveAsync(turn, cancellationToken), round, cancellationToken)).Value, turn.Language)),
            V.AnswerForm => await dissent.AnswerFormAsync(turn, await AllyAsync(turn, cancellationToken), round, cancellationToken),
            V.Answer => await dissent.AnswerAsync(turn, await AllyAsync(turn, cancellationToken), round, action.Get(V.PositionKey), action.Get(V.TextKey), cancellationToken),
            V.Addressed => await dissent.MarkAddressedAsync(turn, await AllyAsync(turn, cancellationToken), round, action.Get(V.ResponseKey), cancellationToken),
            V.AmendForm => await amendments.AmendFormAsync(turn, await AllyAsync(turn, cancellationToken), round, cancellationToken),
            V.Amend => await amendments.AmendAsync(turn, await AllyAsync(turn, cancellationToken), round, action.Get(V.TextKey), cancellationToken),
            V.Close => await closing.CloseEarlyAsync(turn, await AllyAsync(turn, cancellationToken), round, cancellationToken),
            V.ArbitrateForm => await closing.ArbitrateFormAsync(turn, await gate.RequireFacilitatorAsync(turn, cancellationToken), round, cancellationToken),
            V.Arbitrate => await closing.ArbitrateAsync(turn, await gate.RequireFacilitatorAsync(turn, cancellationToken), round, action.Get(V.StatementKey), action.Get(V.AdoptKey) != "no", cancellationToken),
            V.Record => await RecordAsync(turn, round, cancellationToken),
            _ => TurnResult.Nothing,
        };
    }

    private Task<AllianceContext> AllyAsync(Turn turn, CancellationToken cancellationToken) => gate.RequireAllyAsync(turn, cancellationToken);

    private async Task<TurnResult> OpenFormAsync(Turn turn, string arguments, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? values = null, string? problem = null)
    {
        var context = await AllyAsync(turn, cancellationToken);
        var chantiers = (await access.Audiences.ChantiersAsync(context.Alliance.Id, cancellationToken)).Where(c => c.IsOpen && c.IsMember(context.UserKey)).ToList();
        if (!context.IsFacilitator && chantiers.Count == 0)
            throw new AllianceException(ConsensusTexts.NoScopeToOpen);
        var prefill = values ?? (string.IsNullOrWhiteSpace(arguments) ? null : new Dictionary<string, string> { [V.QuestionKey] = arguments });
        return TurnResult.Show(RoundForms.Open(turn.Language, context.IsFacilitator, chantiers, prefill, problem));
    }

    private async Task<TurnResult> OpenAsync(Turn turn, CardAction action, CancellationToken cancellationToken)
    {
        var context = await AllyAsync(turn, cancellationToken);
        var (draft, problem) = RoundOpenForm.Read(action, context.Alliance.TimeZone, clock.GetUtcNow());
        if (draft is null)
            return await OpenFormAsync(turn, "", cancellationToken, action.Data, problem!.In(turn.Language));
        var opening = await service.OpenAsync(context, draft, turn.Language, turn.Conversation, cancellationToken);
        return opening.Result;
    }

    private async Task<TurnResult> MissingAsync(Turn turn, string? roundId, CancellationToken cancellationToken)
    {
        var context = await AllyAsync(turn, cancellationToken);
        var round = (await access.LoadAsync(context, roundId, cancellationToken)).Value;
        var audience = await access.AudienceAsync(context, round.Scope, cancellationToken);
        var snapshot = await access.SnapshotAsync(round, audience.Chantier?.Title, cancellationToken);
        var missing = audience.Allies.Where(a => snapshot.Of(a.Id) is null).Select(a => a.Name).Order(StringComparer.CurrentCulture).ToList();
        if (missing.Count == 0)
            return TurnResult.Text(ConsensusTexts.Everyone.Format(round.Number).In(turn.Language));
        var heading = ConsensusTexts.Missing.Format(round.Number, missing.Count).In(turn.Language);
        return TurnResult.Show(new CardView(ConsensusCardTexts.RoundTitle.Format(round.Number).In(turn.Language), new CardList(heading, missing)) { Language = turn.Language });
    }

    private async Task<TurnResult> RecordAsync(Turn turn, string? roundId, CancellationToken cancellationToken)
    {
        var context = await gate.ResolveAsync(turn, cancellationToken);
        var round = (await access.LoadAsync(context, roundId, cancellationToken)).Value;
        return TurnResult.Show(await RecordViewAsync(await SnapshotAsync(context, round, cancellationToken), turn, cancellationToken));
    }

    private async Task<CardView> RecordViewAsync(RoundSnapshot snapshot, Turn turn, CancellationToken cancellationToken)
    {
        var extra = new List<CardElement>();
        foreach (var section in sections ?? [])
            extra.AddRange(await section.RenderAsync(snapshot.Round, turn.Language, turn.TimeZone ?? snapshot.Round.TimeZone, cancellationToken));
        return RoundRecordView.Record(snapshot, turn.Language, turn.TimeZone, extra);
    }

    private async Task<RoundSnapshot> SnapshotAsync(AllianceContext context, Round round, CancellationToken cancellationToken)
    {
        var audience = await access.AudienceAsync(context, round.Scope, cancellationToken);
        return await access.SnapshotAsync(round, audience.Chantier?.Title, cancellationToken);
    }
}
