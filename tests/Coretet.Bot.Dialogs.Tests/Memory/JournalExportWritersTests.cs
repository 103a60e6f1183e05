using Coretet.Bot.Dialogs.Journal;
using Coretet.Bot.Dialogs.Journal.Exports;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Dialogs.Tests.Memory;

public sealed class JournalExportWritersTests
{
    private static readonly DateTimeOffset At = new(2026, 6, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Csv_WithQuotesLineBreaksAndFormulas_QuotesAndDefusesCells()
    {
        var entry = Entry("PositionTaken", "1") with { Data = new Dictionary<string, string> { ["reason"] = "=HYPERLINK(\"x\")\nsecond, line" } };
        using var writer = new StringWriter();

        CsvExport.WriteKind(writer, Export(entry), [entry]);

        var lines = writer.ToString().Split("\r\n");
        Assert.Equal("id,at,kind,actorId,actorName,chantierId,roundId,subjectId,summary,reason", lines[0]);
        Assert.EndsWith(",\"'=HYPERLINK(\"\"x\"\")\nsecond, line\"", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_ShowsEntriesInOrderWithTheirFactsOnOneLine()
    {
        var opened = Entry("RoundOpened", "1") with { RoundId = "r1" };
        var dissent = Entry("PositionTaken", "2") with { RoundId = "r1", At = At.AddHours(1), Data = new Dictionary<string, string> { ["reason"] = "# not a heading\nreally" } };

        var text = System.Text.Encoding.UTF8.GetString(MarkdownExport.Write(Export(opened, dissent)));

        Assert.True(text.IndexOf("en 1", StringComparison.Ordinal) < text.IndexOf("en 2", StringComparison.Ordinal));
        Assert.Contains("  - reason : # not a heading really", text, StringComparison.Ordinal);
        Assert.Contains("2026-06-01 10:00", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Privacy_DropsPrivateKindsAndFacts_KeepsTheRest()
    {
        var quiet = Entry("QuietHoursChanged", "1");
        var position = Entry("PositionTaken", "2") with { Data = new Dictionary<string, string> { ["reason"] = "because", ["unreachable"] = "true", ["timeZone"] = "Europe/Paris" } };

        Assert.Null(JournalPrivacy.Public(quiet));
        Assert.Equal(["reason"], JournalPrivacy.Public(position)!.Data.Keys);
    }

    [Theory]
    [InlineData("", null, null, ExportFormat.Markdown)]
    [InlineData("csv chantier 3", "3", null, ExportFormat.Csv)]
    [InlineData("JSON workstream 007", "7", null, ExportFormat.Json)]
    [InlineData("type PositionTaken <at>Bob Martin</at>", null, "PositionTaken", ExportFormat.Markdown)]
    public void Query_Parses(string arguments, string? chantier, string? kind, ExportFormat format) =>
        Assert.Equal(new JournalQuery(chantier, kind, format), JournalQuery.Parse(arguments));

    [Theory]
    [InlineData("chantier")]
    [InlineData("chantier deux")]
    [InlineData("type Position'Taken")]
    [InlineData("pdf")]
    public void Query_NotUnderstood_IsNull(string arguments) => Assert.Null(JournalQuery.Parse(arguments));

    private static JournalEntry Entry(string kind, string n) =>
        new("al1", kind, "msteams:29:a", "Alice", At, new LocalizedText("fr " + n, "en " + n)) { Id = "id" + n };

    private static JournalExport Export(params JournalEntry[] entries) =>
        new("al1", "Transition", "Europe/Paris", new LocalizedText("toute", "whole"), At, Language.English) { Entries = entries };
}
