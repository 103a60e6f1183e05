using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Coretet.Bot.Dialogs.Journal.Exports;

/// <summary>
/// A zip with one CSV per kind of entry (<c>CharterPublished.csv</c>, <c>PositionTaken.csv</c>…): RFC 4180, UTF-8
/// with BOM (spreadsheets read accents), the common columns then one column per fact of that kind. Cells that a
/// spreadsheet would run as a formula are prefixed with an apostrophe. Rounds' full records, experiences and
/// principles are under <c>records/</c>.
/// </summary>
public static class CsvExport
{
    private static readonly string[] Common = ["id", "at", "kind", "actorId", "actorName", "chantierId", "roundId", "subjectId", "summary"];

    public static byte[] Write(JournalExport export)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var kind in export.Entries.GroupBy(e => e.Kind, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var file = zip.CreateEntry(FileName(kind.Key), CompressionLevel.Fastest);
                using var writer = new StreamWriter(file.Open(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
                WriteKind(writer, export, [.. kind]);
            }

            foreach (var (name, rows) in RoundRecordCsv.Tables(export.Rounds).Concat(CaptureRecordCsv.Tables(export)))
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
                foreach (var row in rows)
                    WriteRow(writer, row);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>One kind's table (also used by tests to read back what a file holds).</summary>
    public static void WriteKind(TextWriter writer, JournalExport export, IReadOnlyList<JournalEntry> entries)
    {
        var facts = entries.SelectMany(e => e.Data.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        WriteRow(writer, [.. Common, .. facts]);
        foreach (var e in entries)
        {
            string[] common = [e.Id ?? "", e.At.ToString("O", CultureInfo.InvariantCulture), e.Kind, e.ActorId, e.ActorName, e.ChantierId ?? "", e.RoundId ?? "", e.SubjectId ?? "", export.Summary(e)];
            WriteRow(writer, [.. common, .. facts.Select(f => e.Data.TryGetValue(f, out var v) ? v : "")]);
        }
    }

    public static string FileName(string kind) =>
        string.Concat(kind.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')) is { Length: > 0 } safe ? safe + ".csv" : "entries.csv";

    private static void WriteRow(TextWriter writer, IEnumerable<string> cells)
    {
        writer.Write(string.Join(",", cells.Select(Cell)));
        writer.Write("\r\n");
    }

    private static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
