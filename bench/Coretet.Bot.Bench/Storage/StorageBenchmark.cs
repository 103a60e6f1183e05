using System.Diagnostics;
using Azure.Core;
using Coretet.Bot.Storage.AzureTables;
using Coretet.Bot.Storage.Embedded;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Bench.Storage;

/// <summary>
/// Per backend: sequential single-entity writes/s and reads/s, read-modify-write, a 100-action transaction, a
/// 1,000-entity partition query, and storage round trips per operation (HTTP requests for Azure, counted by a
/// pipeline policy, retries included; calls into the SQLite file for the embedded store).
/// Azurite/Azure is measured when CORETET_BENCH_TABLES (or CORETET_TEST_TABLES) holds a connection string.
/// </summary>
public sealed class StorageBenchmark : IBenchmark
{
    private const int Operations = 300;

    public string Name => "storage";

    public string Description => "table backends: writes/s, reads/s, 1,000-entity partition query, round trips per operation";

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        await BenchBackends.InTempFolderAsync("storage", async folder =>
        {
            using var embedded = new EmbeddedTableServiceClient(folder);
            await MeasureAsync(output, "embedded (SQLite, WAL, synchronous=FULL)", embedded, null, cancellationToken);
        });
        if (BenchBackends.AzureConnection(output) is not { } connection)
            return;
        var requests = new RequestCounter();
        var options = new AzureTableClientOptions();
        options.AddPolicy(requests, HttpPipelinePosition.PerRetry);
        var account = TableAccount.Parse(connection);
        await MeasureAsync(output, $"azure tables at {account.Endpoint}", new AzureTableServiceClient(account, options: options), requests, cancellationToken);
    }

    private static async Task MeasureAsync(TextWriter output, string backend, ITableServiceClient service, RequestCounter? requests, CancellationToken ct)
    {
        var table = new CountingTableClient(service.GetTableClient("Bench" + Guid.NewGuid().ToString("N")[..12]));
        await table.CreateIfNotExistsAsync(ct);
        long RoundTrips() => requests?.Count ?? table.Calls;
        output.WriteLine($"{backend} (round trips = {(requests is null ? "calls into the SQLite file" : "HTTP requests")})");

        await WarmUpAsync(table, ct);
        await Report(output, "single-entity writes", Operations, i => table.UpsertEntityAsync(Row("single", i), TableUpdateMode.Replace, ct), RoundTrips);
        await Report(output, "single-entity reads", Operations, i => table.GetEntityAsync("single", $"r{i:D5}", cancellationToken: ct), RoundTrips);
        await Report(output, "read-modify-write", 100, _ => table.ReadModifyWriteAsync("counter", "c", Increment, ct), RoundTrips);
        await Report(output, "100-action transaction", 10, b => table.SubmitTransactionAsync(
            Enumerable.Range(b * 100, 100).Select(i => new TableTransactionAction(TableTransactionActionType.Add, Row("partition", i))), ct), RoundTrips);
        await Report(output, "1,000-entity partition query", 5, _ => QueryPartitionAsync(table, ct), RoundTrips);
    }

    /// <summary>JIT, connection pools and HTTP connections warmed before anything is timed.</summary>
    private static async Task WarmUpAsync(ITableClient table, CancellationToken ct)
    {
        for (var i = 0; i < 20; i++)
        {
            await table.UpsertEntityAsync(Row("warm", i), TableUpdateMode.Replace, ct);
            await table.GetEntityAsync("warm", $"r{i:D5}", cancellationToken: ct);
            await table.ReadModifyWriteAsync("warm", "counter", Increment, ct);
        }
        await table.SubmitTransactionAsync(Enumerable.Range(100, 20).Select(i => new TableTransactionAction(TableTransactionActionType.Add, Row("warm", i))), ct);
        await foreach (var _ in table.QueryAsync(TableFilter.PartitionKey("warm"), cancellationToken: ct))
        {
        }
    }

    private static async Task Report(TextWriter output, string name, int count, Func<int, Task> operation, Func<long> roundTrips)
    {
        var before = roundTrips();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
            await operation(i);
        watch.Stop();
        var perOperation = watch.Elapsed.TotalMilliseconds / count;
        output.WriteLine($"  {name,-30} {1000 / perOperation,8:F0} /s {perOperation,9:F2} ms/op {(roundTrips() - before) / (double)count,6:F2} round trips/op");
    }

    private static TableEntity Row(string partition, int i)
    {
        var entity = new TableEntity(partition, $"r{i:D5}") { ["Count"] = i, ["Big"] = (long)i << 33, ["At"] = DateTimeOffset.UtcNow, ["Id"] = Guid.NewGuid() };
        for (var p = 0; p < 6; p++)
            entity[$"Text{p}"] = new string((char)('a' + p), 60);
        return entity;
    }

    private static TableEntity Increment(TableEntity? current)
    {
        var next = current ?? new TableEntity();
        next["Count"] = (next.GetInt32("Count") ?? 0) + 1;
        return next;
    }

    private static async Task QueryPartitionAsync(ITableClient table, CancellationToken ct)
    {
        var rows = 0;
        await foreach (var entity in table.QueryAsync(TableFilter.PartitionKey("partition"), 1000, cancellationToken: ct))
            rows++;
        if (rows != 1000)
            throw new InvalidOperationException($"The partition query returned {rows} rows instead of 1,000.");
    }
}
