using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Charter;
using Coretet.Bot.Dialogs.Consensus;
using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Wiring;

/// <summary>
/// "Propose by consensus" on the charter draft form: a facilitator submits the drafted version to an alliance-wide
/// consensus round of subject <see cref="RoundSubjectKind.CharterAmendment"/> instead of publishing it.
/// </summary>
public sealed class CharterAmendmentFlow(IAllianceGate gate, CharterService charter, ConsensusService consensus, ICharterAmendmentStore amendments, TimeProvider clock) : Flow
{
    /// <summary>How long allies have to take a position on a charter version.</summary>
    public static readonly TimeSpan Duration = TimeSpan.FromDays(7);

    public override IReadOnlyList<string> Verbs => [CharterVerbs.ProposeByConsensus];

    public override async Task<TurnResult> OnActionAsync(Turn turn, CardAction action, CancellationToken cancellationToken)
    {
        var context = await gate.RequireFacilitatorAsync(turn, cancellationToken);
        var draft = CharterDraft.Parse(action.Get(CharterVerbs.ObjectivesKey), action.Get(CharterVerbs.SharedValuesKey), action.Get(CharterVerbs.WorkingProceduresKey));
        var current = await charter.CurrentAsync(context.Alliance.Id, cancellationToken);
        if (current is not null && draft.SameTextAs(current))
            throw new AllianceException(CharterTexts.NothingChanged.Format(current.Number));
        var number = (current?.Number ?? 0) + 1;
        var amendment = new CharterAmendment(Guid.NewGuid().ToString("N"), context.Alliance.Id, draft, turn.From, clock.GetUtcNow());
        var question = Question(draft, number, context.Alliance.DefaultLanguage);
        var opening = await consensus.OpenAsync(context, new RoundDraft(question, RoundScope.Alliance, clock.GetUtcNow() + Duration)
        {
            Subject = new RoundSubject(RoundSubjectKind.CharterAmendment, amendment.Id),
        }, turn.Language, turn.Conversation, cancellationToken);
        await amendments.SaveAsync(amendment with { RoundId = opening.Round.Id }, cancellationToken);
        return TurnResult.Text(WiringTexts.AmendmentSubmitted.Format(number).In(turn.Language)).Then(opening.Result);
    }

    private static string Question(CharterDraft draft, int number, Language language)
    {
        var lines = new List<string> { WiringTexts.AmendmentQuestion.Format(number).In(language) };
        foreach (var part in CharterVersion.Parts)
        {
            lines.Add(CharterTexts.PartName(part).In(language));
            lines.AddRange(draft.Items(part).Select(i => "- " + i));
        }

        var text = string.Join('\n', lines);
        return text.Length <= Round.MaxQuestionLength ? text : string.Concat(text.AsSpan(0, Round.MaxQuestionLength - 3), "...");
    }
}
