using System.Text;
using Coretet.Bot.Dialogs.Consensus;

namespace Coretet.Bot.Dialogs.Journal.Exports;

/// <summary>A round's full record in the report: revisions, outcome and statement, every position with its reason,
/// history and the answers to it, late contributions marked.</summary>
internal static class RoundRecordMarkdown
{
    public static void Write(StringBuilder text, JournalExport export, RoundSnapshot record)
    {
        var language = export.Language;
        var round = record.Round;
        text.Append("### ").AppendLine(RecordTexts.Title.Format(round.Number, MarkdownExport.OneLine(round.Current.Text)).In(language)).AppendLine();
        text.AppendLine(RecordTexts.Facts.Format(round.Id, round.Scope.ChantierId ?? "—", round.InitiatorName, export.Local(round.OpenedAt), export.Local(round.Deadline)).In(language));
        if (round.Outcome is { } outcome)
        {
            text.AppendLine(RecordTexts.Outcome.Format(ConsensusTexts.OutcomeName(outcome.Kind).In(language), export.Local(outcome.ClosedAt)).In(language));
            if (outcome.Statement is { } statement)
                text.Append("> ").AppendLine(MarkdownExport.OneLine(statement));
        }

        text.AppendLine();
        foreach (var revision in round.Revisions)
            text.Append("- ").AppendLine(RecordTexts.Revision.Format(revision.Number, export.Local(revision.At), MarkdownExport.OneLine(revision.Text)).In(language));
        foreach (var position in record.Positions.OrderBy(p => p.Late).ThenBy(p => p.At))
            WritePosition(text, export, position);
        text.AppendLine();
    }

    private static void WritePosition(StringBuilder text, JournalExport export, Position position)
    {
        var language = export.Language;
        var stance = ConsensusTexts.StanceName(position.Stance).In(language);
        var late = position.Late ? RecordTexts.Late.In(language) : "";
        text.Append("- ").AppendLine(RecordTexts.Position.Format(MarkdownExport.OneLine(position.AllyName), stance, position.RevisionNumber, export.Local(position.At), late).In(language));
        if (!string.IsNullOrWhiteSpace(position.Reason))
            text.Append("  - ").AppendLine(RecordTexts.Reason.Format(MarkdownExport.OneLine(position.Reason)).In(language));
        foreach (var change in position.History)
            text.Append("  - ").AppendLine(RecordTexts.Earlier.Format(ConsensusTexts.StanceName(change.Stance).In(language), export.Local(change.At), MarkdownExport.OneLine(change.Reason ?? "—")).In(language));
        foreach (var answer in position.Responses)
        {
            var addressed = answer.Addressed ? RecordTexts.Addressed.In(language) : "";
            text.Append("  - ").AppendLine(RecordTexts.Answer.Format(MarkdownExport.OneLine(answer.AuthorName), MarkdownExport.OneLine(answer.Text), addressed).In(language));
        }
    }
}
