using System.Text;
using Coretet.Bot.Dialogs.Capture;

namespace Coretet.Bot.Dialogs.Journal.Exports;

/// <summary>The report's experiences (each with its answers) and guiding principles (status, text, the experiences they cite).</summary>
internal static class CaptureRecordMarkdown
{
    public static void Write(StringBuilder text, JournalExport export)
    {
        var language = export.Language;
        if (export.Experiences.Count > 0)
        {
            text.Append("## ").AppendLine(RecordTexts.Experiences.In(language)).AppendLine();
            foreach (var experience in export.Experiences)
                WriteExperience(text, export, experience);
        }

        if (export.Principles.Count == 0)
            return;
        text.Append("## ").AppendLine(RecordTexts.Principles.In(language)).AppendLine();
        foreach (var p in export.Principles)
        {
            var status = CaptureTexts.PrincipleStatusName(p.Status).In(language);
            text.Append("- ").AppendLine(RecordTexts.Principle.Format(status, MarkdownExport.OneLine(p.Text), p.Id, MarkdownExport.OneLine(p.ProposedByName),
                export.Local(p.ProposedAt), string.Join(", ", p.ExperienceIds)).In(language));
        }

        text.AppendLine();
    }

    private static void WriteExperience(StringBuilder text, JournalExport export, Experience experience)
    {
        var language = export.Language;
        text.Append("### ").AppendLine(RecordTexts.Experience.Format(experience.Id, MarkdownExport.OneLine(experience.AllyName), export.Local(experience.At)).In(language)).AppendLine();
        if (experience.ChantierId is not null || experience.DecisionId is not null)
            text.AppendLine(RecordTexts.ExperienceLinks.Format(experience.ChantierId ?? "—", experience.DecisionId ?? "—").In(language));
        if (experience.Tags.Count > 0)
            text.AppendLine(RecordTexts.Tags.Format(string.Join(", ", experience.Tags.Select(MarkdownExport.OneLine))).In(language));
        text.AppendLine();
        foreach (var answer in experience.Answers)
            text.Append("- ").Append(MarkdownExport.OneLine(answer.Question.In(language))).Append(' ').AppendLine(MarkdownExport.OneLine(answer.Text));
        text.AppendLine();
    }
}
