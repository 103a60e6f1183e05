using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Dialogs.Consensus;
using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Journal;

/// <summary>
/// <c>pourquoi &lt;n&gt;</c> / <c>why &lt;n&gt;</c>: the outcome statement of decision n, every dissent with its
/// answers, and the experiences that led to it (<see cref="DecisionExperiences"/>). For allies and facilitators.
/// <paramref name="rounds"/> is null while the consensus capability is inactive; the stores, while capture is.
/// </summary>
public sealed class WhyFlow(IAllianceGate gate, RoundAccess? rounds, IExperienceStore? experiences, IPrincipleStore? principles, TimeProvider clock) : Flow
{
    public static readonly CommandSpec Why = new("journal.why", ["pourquoi"], ["why"], JournalTexts.WhyDescription)
    {
        Arguments = JournalTexts.WhyArguments,
    };

    public override IReadOnlyList<CommandSpec> Commands => [Why];

    public override async Task<TurnResult> OnCommandAsync(Turn turn, CommandMatch match, CancellationToken cancellationToken)
    {
        var context = await gate.ResolveAsync(turn, cancellationToken);
        if (!context.IsAlly && !context.IsFacilitator)
            context = await gate.RequireAllyAsync(turn, cancellationToken);
        if (rounds is null)
            return TurnResult.Text(WhyTexts.NoDecisions.In(turn.Language));
        var round = (await rounds.LoadByNumberAsync(context, match.Arguments, cancellationToken)).Value;
        var positions = await rounds.Positions.ListAsync(round.Id, cancellationToken);
        var behind = await ExperiencesAsync(round, cancellationToken);
        return TurnResult.Show(WhyCard.Render(round, positions, behind, turn.Language));
    }

    private async Task<DecisionExperiences> ExperiencesAsync(Round round, CancellationToken cancellationToken)
    {
        if (experiences is null)
            return DecisionExperiences.None;
        var all = await experiences.ListAsync(round.AllianceId, DateTimeOffset.MinValue, cancellationToken);
        var candidates = round.Subject.Kind == RoundSubjectKind.Principle && principles is not null
            ? await principles.ListAsync(round.AllianceId, cancellationToken)
            : [];
        return DecisionExperiences.Of(round, all, candidates, clock.GetUtcNow());
    }
}
