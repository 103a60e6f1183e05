using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Dialogs.Journal.Exports;
using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Journal;

/// <summary>
/// <c>exporter [markdown|csv|json] [chantier n]</c>: the memory as a file, delivered by the host as a private
/// download link. The whole alliance for facilitators; one chantier for its animators (and facilitators).
/// </summary>
public sealed class ExportFlow(IAllianceGate gate, JournalExporter exporter, IEnumerable<IChantierDirectory> chantiers) : Flow
{
    private readonly IChantierDirectory? chantierDirectory = chantiers.FirstOrDefault();

    public static readonly CommandSpec Export = new("journal.export", ["exporter", "export"], ["export"], JournalTexts.ExportDescription)
    {
        Arguments = JournalTexts.ExportArguments,
    };

    public override IReadOnlyList<CommandSpec> Commands => [Export];

    public override async Task<TurnResult> OnCommandAsync(Turn turn, CommandMatch match, CancellationToken cancellationToken)
    {
        var context = await gate.ResolveAsync(turn, cancellationToken);
        var query = JournalQuery.Parse(match.Arguments) is { Kind: null } parsed
            ? parsed
            : throw new AllianceException(JournalTexts.ExportUsage.Format(match.Arguments));
        var chantier = await AuthorizeAsync(context, query.ChantierNumber, cancellationToken);
        var export = await exporter.GatherAsync(context.Alliance, chantier, turn.Language, cancellationToken);
        var caption = JournalTexts.ExportCaption.Format(query.Format.ToString().ToUpperInvariant(), export.Scope.In(turn.Language), export.Entries.Count).In(turn.Language);
        return TurnResult.Show(JournalExporter.Render(export, query.Format, caption));
    }

    /// <summary>The chantier to export (null = the whole alliance) when the sender may export it; a polite refusal otherwise.</summary>
    private async Task<ChantierSummary?> AuthorizeAsync(AllianceContext context, string? number, CancellationToken cancellationToken)
    {
        if (number is null)
            return context.IsFacilitator ? null : throw new AllianceException(JournalTexts.OnlyFacilitators);
        var chantier = chantierDirectory is null ? null : await chantierDirectory.FindAsync(context.Alliance.Id, number, cancellationToken);
        if (chantier is null)
            throw new AllianceException(JournalTexts.UnknownChantier.Format(number));
        return context.IsFacilitator || chantier.IsAnimator(context.UserKey)
            ? chantier
            : throw new AllianceException(JournalTexts.OnlyAnimators.Format(number));
    }
}
