using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Coretet.Bot.Dialogs.Journal;
using Coretet.Bot.Dialogs.Journal.Exports;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Storage.AzureTables;
using Coretet.Bot.Storage.Embedded;
using Coretet.Bot.Storage.Journal;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Bench.Journal;

/// <summary>
/// An alliance journal of 50,000 entries (CORETET_BENCH_JOURNAL overrides) in the charter's <c>Journal</c> table
/// layout: time to read the latest 20 (also filtered by a rare kind, and the next page), and to export everything
/// (read all, then Markdown, CSV zip, JSON). Embedded always; Azurite/Azure when CORETET_BENCH_TABLES is set.
/// </summary>
public sealed class JournalBenchmark : IBenchmark
{
    private const string Alliance = "bench-alliance";
    private static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public string Name => "journal";

    public string Description => "a 50,000-entry journal: latest 20, filtered page, next page, full export in three formats";

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("CORETET_BENCH_JOURNAL"), CultureInfo.InvariantCulture, out var n) ? n : 50_000;
        await BenchBackends.InTempFolderAsync("journal", async folder =>
        {
            using var embedded = new EmbeddedTableServiceClient(folder);
            await MeasureAsync(output, "embedded (SQLite)", embedded, count, cancellationToken);
        });

        if (BenchBackends.AzureConnection(output) is not { } connection)
            return;

        var account = TableAccount.Parse(connection);
        await MeasureAsync(output, $"azure tables at {account.Endpoint}", new AzureTableServiceClient(account), count, cancellationToken);
    }

    private static async Task MeasureAsync(TextWriter output, string backend, ITableServiceClient service, int count, CancellationToken ct)
    {
        var store = new TableStore(service);
        var table = await store.GetTableAsync("Journal", ct);
        var alliance = Alliance + Guid.NewGuid().ToString("N")[..8];
        var fill = Stopwatch.StartNew();
        for (var start = 0; start < count; start += 100)
        {
            var batch = Enumerable.Range(start, Math.Min(100, count - start)).Select(i => new TableTransactionAction(TableTransactionActionType.Add, Entity(alliance, i)));
            await table.SubmitTransactionAsync(batch, ct);
        }

        output.WriteLine($"{backend}: {count:N0} entries written in {fill.Elapsed.TotalSeconds:F1} s (100-entity transactions)");
        var reader = new TableJournalReader(store);
        await reader.ReadPageAsync(alliance, JournalFilter.All, null, 20, ct);
        var latest = await TimeAsync(10, () => reader.ReadPageAsync(alliance, JournalFilter.All, null, 20, ct));
        var first = await reader.ReadPageAsync(alliance, JournalFilter.All, null, 20, ct);
        var next = await TimeAsync(10, () => reader.ReadPageAsync(alliance, JournalFilter.All, first.Next, 20, ct));
        var rare = await TimeAsync(3, () => reader.ReadPageAsync(alliance, new JournalFilter(Kind: "CharterPublished"), null, 20, ct));
        output.WriteLine($"  latest 20: median {latest:F1} ms; next 20: {next:F1} ms; latest 20 of a rare kind (1 in 1,000): {rare:F1} ms");

        var read = Stopwatch.StartNew();
        var entries = new List<JournalEntry>(count);
        await foreach (var entry in reader.ReadAllAsync(alliance, JournalFilter.All, ct))
            entries.Add(entry);
        entries.Reverse();
        var readMs = read.Elapsed.TotalMilliseconds;
        var export = new JournalExport(alliance, "Bench", "Europe/Paris", new LocalizedText("toute l'alliance", "the whole alliance"), DateTimeOffset.UtcNow, Language.French) { Entries = entries };
        var (markdownMs, markdown) = Time(() => MarkdownExport.Write(export));
        var (csvMs, csv) = Time(() => CsvExport.Write(export));
        var (jsonMs, json) = Time(() => JsonExport.Write(export));
        output.WriteLine($"  export everything: read all {entries.Count:N0} in {readMs:F0} ms; Markdown {markdownMs:F0} ms ({markdown.Length / 1024:N0} KiB), CSV zip {csvMs:F0} ms ({csv.Length / 1024:N0} KiB), JSON {jsonMs:F0} ms ({json.Length / 1024:N0} KiB)");
    }

    private static TableEntity Entity(string alliance, int i)
    {
        var at = Start.AddMinutes(i);
        var kind = i % 1000 == 0 ? "CharterPublished" : i % 3 == 0 ? "PositionTaken" : "ExperienceShared";
        var rowKey = string.Concat((DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks).ToString("D19", CultureInfo.InvariantCulture), "-", Guid.NewGuid().ToString("N"));
        return new TableEntity(TableKeys.Encode(alliance), rowKey)
        {
            ["AllianceId"] = alliance,
            ["Kind"] = kind,
            ["ActorId"] = $"msteams:29:ally-{i % 200:D4}",
            ["ActorName"] = $"Ally {i % 200:D4}",
            ["At"] = at,
            ["SummaryFr"] = $"Ally {i % 200:D4} a fait l'événement {i} ({kind}).",
            ["SummaryEn"] = $"Ally {i % 200:D4} did event {i} ({kind}).",
            ["ChantierId"] = (i % 7).ToString(CultureInfo.InvariantCulture),
            ["RoundId"] = kind == "PositionTaken" ? $"round-{i % 50}" : null,
            ["Data"] = JsonSerializer.Serialize(new Dictionary<string, string> { ["reason"] = "Parce que le chemin compte autant que le résultat." }),
        };
    }

    private static async Task<double> TimeAsync(int runs, Func<Task> operation)
    {
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await operation();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times[runs / 2];
    }

    private static (double Ms, byte[] Bytes) Time(Func<byte[]> write)
    {
        var watch = Stopwatch.StartNew();
        var bytes = write();
        return (watch.Elapsed.TotalMilliseconds, bytes);
    }
}
