using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Journal;
using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Capture;

/// <summary>
/// Guiding principles: <c>principe &lt;experience ids&gt; : &lt;text&gt;</c> proposes one citing experiences;
/// <c>principes</c> lists them. The consensus round is opened through <see cref="IPrincipleRounds"/> (the wiring's
/// consensus rounds; without them, the <see cref="NoPrincipleRounds"/> fallback leaves principles proposed).
/// </summary>
public sealed class PrincipleFlow(
    IAllianceGate gate,
    IExperienceStore experiences,
    IPrincipleStore principles,
    IPrincipleRounds rounds,
    IJournal journal,
    TimeProvider clock) : Flow
{
    public static readonly CommandSpec Propose = new("principle.propose", "principe", "principle", CaptureTexts.ProposeDescription) { Arguments = CaptureTexts.ProposeArguments };
    public static readonly CommandSpec ListAll = new("principle.list", "principes", "principles", CaptureTexts.PrinciplesDescription);

    public override IReadOnlyList<CommandSpec> Commands => [Propose, ListAll];

    public override async Task<TurnResult> OnCommandAsync(Turn turn, CommandMatch match, CancellationToken cancellationToken)
    {
        var context = await gate.RequireAllyAsync(turn, cancellationToken);
        if (match.Command == ListAll)
            return TurnResult.Show(CaptureViews.Principles(await principles.ListAsync(context.Alliance.Id, cancellationToken), turn.Language));
        var (ids, text) = Split(match.Arguments);
        foreach (var id in ids)
        {
            if (await experiences.FindAsync(context.Alliance.Id, id, cancellationToken) is null)
                throw new AllianceException(CaptureTexts.UnknownExperience.Format(id));
        }

        var principle = new Principle(CaptureKeys.NewId(), context.Alliance.Id, text, context.UserKey, turn.From.Name, clock.GetUtcNow()) { ExperienceIds = ids };
        var (roundId, announcement) = await rounds.OpenWithAnnouncementAsync(context, principle, turn.Language, turn.Conversation, cancellationToken);
        principle = principle with { RoundId = roundId };
        await principles.SaveAsync(principle, cancellationToken);
        await journal.AppendAsync(new JournalEntry(context.Alliance.Id, CaptureEvents.PrincipleProposed, context.UserKey, turn.From.Name, principle.ProposedAt,
            CaptureTexts.JournalPrinciple.Format(turn.From.Name, principle.Id)) { SubjectId = principle.Id, RoundId = roundId }, cancellationToken);
        var answer = roundId is null ? CaptureTexts.PrincipleStored : CaptureTexts.PrincipleRoundOpened.Format(roundId);
        return TurnResult.Text(answer.Format(principle.Id).In(turn.Language)).Then(announcement);
    }

    private static (IReadOnlyList<string> Ids, string Text) Split(string arguments)
    {
        var colon = arguments.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
            throw new AllianceException(CaptureTexts.ProposeUsage);
        var ids = arguments[..colon].Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries)
            .Select(i => i.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
        var text = arguments[(colon + 1)..].Trim();
        if (ids.Count == 0 || text.Length == 0)
            throw new AllianceException(CaptureTexts.ProposeUsage);
        if (ids.FirstOrDefault(i => !CaptureKeys.IsId(i)) is { } bad)
            throw new AllianceException(CaptureTexts.UnknownExperience.Format(bad));
        if (text.Length > Principle.MaxLength)
            throw new AllianceException(CaptureTexts.PrincipleTooLong.Format(Principle.MaxLength));
        return (ids, text);
    }
}
