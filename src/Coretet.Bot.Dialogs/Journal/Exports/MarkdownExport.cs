using System.Text;
using Coretet.Bot.Dialogs.Chantiers;

namespace Coretet.Bot.Dialogs.Journal.Exports;

/// <summary>
/// The readable report: the whole path in order (each entry with its facts: stances, reasons, answers), then each
/// decision's full record, the experiences with their answers and the guiding principles, the entries regrouped per
/// chantier (its memory: opening, members over time, rounds, experiences, closing), then the allies.
/// </summary>
public static class MarkdownExport
{
    public static byte[] Write(JournalExport export)
    {
        var language = export.Language;
        var text = new StringBuilder();
        text.Append("# ").AppendLine(ExportTexts.Title.Format(export.AllianceName).In(language)).AppendLine();
        text.AppendLine(ExportTexts.Generated.Format(export.Scope.In(language), export.Local(export.GeneratedAt), export.TimeZone).In(language));
        text.AppendLine(ExportTexts.Count.Format(export.Entries.Count).In(language)).AppendLine();

        text.Append("## ").AppendLine(ExportTexts.Path.In(language)).AppendLine();
        WriteEntries(text, export, export.Entries);

        if (export.Rounds.Count > 0)
        {
            text.Append("## ").AppendLine(ExportTexts.Decisions.In(language)).AppendLine();
            foreach (var record in export.Rounds)
                RoundRecordMarkdown.Write(text, export, record);
        }

        CaptureRecordMarkdown.Write(text, export);
        WriteChantiers(text, export);
        WriteAllies(text, export);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static void WriteChantiers(StringBuilder text, JournalExport export)
    {
        var language = export.Language;
        var byChantier = export.Entries.Where(e => e.ChantierId is not null).ToLookup(e => e.ChantierId!);
        var known = export.Chantiers.Where(c => export.ChantierId is null || c.Id == export.ChantierId).ToList();
        var ids = known.Select(c => c.Id).Concat(byChantier.Select(g => g.Key)).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
            return;
        text.Append("## ").AppendLine(ExportTexts.Chantiers.In(language)).AppendLine();
        foreach (var id in ids)
        {
            var summary = known.Find(c => c.Id == id);
            var title = summary is null ? "" : summary.Title + (summary.IsOpen ? "" : " " + ExportTexts.Closed.In(language));
            text.Append("### ").AppendLine(ExportTexts.Chantier.Format(id, title).In(language)).AppendLine();
            if (summary is not null)
                text.AppendLine(ExportTexts.Members.Format(Names(export, summary.Animators), Names(export, summary.Participants)).In(language)).AppendLine();
            WriteEntries(text, export, [.. byChantier[id]]);
        }
    }

    private static void WriteAllies(StringBuilder text, JournalExport export)
    {
        if (export.Allies.Count == 0)
            return;
        var language = export.Language;
        text.Append("## ").AppendLine(ExportTexts.Allies.In(language)).AppendLine();
        foreach (var ally in export.Allies.OrderBy(a => a.Name, StringComparer.CurrentCultureIgnoreCase))
            text.Append("- ").AppendLine(ExportTexts.Ally.Format(OneLine(ally.Name), ally.Status, ally.Engagement, ally.SignedVersion).In(language));
        text.AppendLine();
    }

    private static void WriteEntries(StringBuilder text, JournalExport export, IReadOnlyList<JournalEntry> entries)
    {
        if (entries.Count == 0)
            text.AppendLine(ExportTexts.Nothing.In(export.Language));
        foreach (var entry in entries)
        {
            text.Append("- **").Append(export.Local(entry.At)).Append("** — ").AppendLine(OneLine(export.Summary(entry)));
            foreach (var (key, value) in entry.Data.Where(d => !string.IsNullOrWhiteSpace(d.Value)))
                text.Append("  - ").Append(key).Append(" : ").AppendLine(OneLine(value));
        }

        text.AppendLine();
    }

    private static string Names(JournalExport export, IReadOnlyList<string> allyIds) =>
        allyIds.Count == 0
            ? ExportTexts.None.In(export.Language)
            : string.Join(", ", allyIds.Select(id => OneLine(export.Allies.FirstOrDefault(a => a.Id == id)?.Name ?? id)));

    /// <summary>User-written text stays on its line, so it cannot start a heading or a list of its own.</summary>
    internal static string OneLine(string value) => value.ReplaceLineEndings(" ").Trim();
}
