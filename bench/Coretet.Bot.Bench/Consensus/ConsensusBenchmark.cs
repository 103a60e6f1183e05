using System.Diagnostics;
using Coretet.Bot.Bench.Load;
using Coretet.Bot.Dialogs.Consensus;
using Coretet.Bot.Resilience.Tests.Support;
using Coretet.Bot.Storage.Tables;
using Coretet.Bot.Tests.Support;

namespace Coretet.Bot.Bench.Consensus;

/// <summary>
/// 1,000 allies (signed through the bot) take a position on one round at concurrency 64, through <c>/api/messages</c>
/// (Teams protocol) of the real host on a loopback port with a fake Connector, on the embedded store then Azurite:
/// positions/s, p50/p99 of the position requests, storage round trips per position (calls into the table layer,
/// background card refreshes included), the final tally (the run fails unless it is exactly 1,000). Then the time to
/// compute the tally of a 10,000-position round. CPU ms/position: the whole benchmark process (client, host, fake
/// Connector) per position; card updates: the PUTs of the round card (coalesced). The scenario is the resilience suite's (<see cref="ConsensusScenario"/>)
/// on one in-process instance, so that the table layer can be counted.
/// </summary>
public sealed class ConsensusBenchmark : IBenchmark
{
    private const int Allies = 1_000;
    private const int Concurrency = 64;

    public string Name => "consensus";

    public string Description => "1,000 allies x 1 position over /api/messages at concurrency 64 (embedded, Azurite): positions/s, p50/p99, round trips, tally; 10,000-position tally";

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var table = new FigureTable("backend", "signing 1,000 allies", "positions/s", "p50 ms", "p99 ms", "round trips/position", "CPU ms/position", "card updates", "stored tally", "card shows");
        await MeasureAsync(table, "embedded", _ => { });
        if (BenchBackends.AzureConnection(output) is { } connection)
            await MeasureAsync(table, "azurite", o => o.Set("ConnectionStrings:Tables", connection));
        table.Print(output);
        TallyOfTenThousand(output);
    }

    private static async Task MeasureAsync(FigureTable table, string backend, Action<BotHostOptions> storage)
    {
        CountingTableService? counting = null;
        await using var host = await BotHost.StartAsync(o =>
        {
            storage(o.Set("Logging:LogLevel:Default", "Warning"));
            o.ConfigureServices(s => CountingTableService.Decorate(s, c => counting = c));
        });
        await using var cluster = BotCluster.Over(host.Connector, host.BaseAddress);
        var signing = Stopwatch.StartNew();
        var round = await ConsensusScenario.PrepareAsync(cluster, host.Get<TableStore>(), 0, Allies, "Adopter la charte v2", Concurrency);
        signing.Stop();

        var allies = round.Alliance.Allies;
        var before = counting!.Calls;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var figures = await LoadFigures.MeasureAsync(allies.Count, Concurrency, async i => (await round.TakePositionAsync(allies[i])).Acknowledged);
        var card = await CardAtRestAsync(host.Connector, cluster, round);
        var trips = (counting.Calls - before) / (double)allies.Count;
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / allies.Count;

        var tally = Tally.From(await host.Get<IPositionStore>().ListAsync(round.RoundId, CancellationToken.None), 1);
        table.Add(backend, $"{signing.Elapsed.TotalSeconds:F1} s", figures.PerSecond, figures.P50Ms, figures.P99Ms, trips, cpuMs, cluster.Versions(round.Card).Count - 1,
            $"{tally.Total} ({tally[Stance.Agree]} agree, {tally[Stance.StandAside]} aside)", ConsensusScenario.Count(card, "Positions"));
        if (figures.Failures > 0 || tally.Total != Allies)
            throw new InvalidOperationException($"{backend}: the tally is {tally.Total}, not {Allies} ({figures.Failures} position requests not answered 200).");
    }

    /// <summary>The round card's latest version once the bot has stopped refreshing it (coalesced updates run after the answers).</summary>
    private static async Task<string> CardAtRestAsync(FakeConnector connector, BotCluster cluster, ConsensusScenario round)
    {
        var quiet = Stopwatch.StartNew();
        for (var last = connector.LastSequence; quiet.Elapsed < TimeSpan.FromSeconds(10); last = connector.LastSequence)
        {
            await Task.Delay(300);
            if (connector.LastSequence == last)
                break;
        }

        return cluster.Versions(round.Card)[^1].CardText;
    }

    private static void TallyOfTenThousand(TextWriter output)
    {
        var now = DateTimeOffset.UtcNow;
        var positions = Enumerable.Range(0, 10_000)
            .Select(i => Position.Take("r", $"ally-{i}", $"Ally {i}", Stances.All[i % 5], i % 5 is 1 or 3 or 4 ? "reason" : null, 1 + (i % 2), now, i % 50 == 0))
            .ToList();
        Tally.From(positions, 2);
        const int runs = 20;
        var watch = Stopwatch.StartNew();
        Tally tally = Tally.Empty;
        for (var i = 0; i < runs; i++)
            tally = Tally.From(positions, 2);
        watch.Stop();
        output.WriteLine($"tally of a 10,000-position round: {watch.Elapsed.TotalMilliseconds / runs:F2} ms ({tally.Total} on time, {tally.Late} late, {tally.OnOlderRevision} on an older revision)");
    }
}
