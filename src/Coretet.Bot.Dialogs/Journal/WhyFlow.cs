using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Consensus;
using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Journal;

/// <summary>
/// <c>pourquoi &lt;n&gt;</c> / <c>why &lt;n&gt;</c>: the outcome statement of decision n, every dissent with its
/// answers, and the experiences that led to it (the journal entries of experiences linked to the round). For allies
/// and facilitators. <paramref name="rounds"/> is null while the consensus capability is inactive.
/// </summary>
public sealed class WhyFlow(IAllianceGate gate, RoundAccess? rounds, IJournalReader journal) : Flow
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
        var experiences = new List<JournalEntry>();
        await foreach (var entry in journal.ReadAllAsync(context.Alliance.Id, new JournalFilter(Kind: WhyCard.ExperienceKind), cancellationToken))
        {
            if (entry.RoundId == round.Id || entry.Data.GetValueOrDefault("decisionId") == round.Id)
                experiences.Add(entry);
        }

        return TurnResult.Show(WhyCard.Render(round, positions, experiences, turn.Language));
    }
}
