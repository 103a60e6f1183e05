using System.Globalization;

namespace Coretet.Bot.Dialogs.Journal.Exports;

/// <summary>Experiences and principles in a CSV export, under <c>records/</c>: one row per experience, per answer, per principle.</summary>
internal static class CaptureRecordCsv
{
    public static IEnumerable<(string Name, IReadOnlyList<string[]> Rows)> Tables(JournalExport export)
    {
        if (export.Experiences.Count > 0)
        {
            yield return ("records/experiences.csv",
            [
                ["id", "at", "allyId", "allyName", "chantierId", "decisionId", "tags", "answers"],
                .. export.Experiences.Select(e => new[]
                {
                    e.Id, Time(e.At), e.AllyId, e.AllyName, e.ChantierId ?? "", e.DecisionId ?? "", string.Join(";", e.Tags), e.Answers.Count.ToString(CultureInfo.InvariantCulture),
                }),
            ]);
            yield return ("records/answers.csv",
            [
                ["experienceId", "questionKey", "question", "text"],
                .. export.Experiences.SelectMany(e => e.Answers.Select(a => new[] { e.Id, a.QuestionKey, a.Question.In(export.Language), a.Text })),
            ]);
        }

        if (export.Principles.Count > 0)
        {
            yield return ("records/principles.csv",
            [
                ["id", "text", "status", "proposedBy", "proposedByName", "proposedAt", "experienceIds", "roundId"],
                .. export.Principles.Select(p => new[] { p.Id, p.Text, p.Status.ToString(), p.ProposedBy, p.ProposedByName, Time(p.ProposedAt), string.Join(";", p.ExperienceIds), p.RoundId ?? "" }),
            ]);
        }
    }

    private static string Time(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);
}
