using System.Diagnostics;
using Azure.Core;
using Coretet.Bot.Bench.Storage;
using Coretet.Bot.Dialogs;
using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Dialogs.Claims;
using Coretet.Bot.Dialogs.Consensus;
using Coretet.Bot.Dialogs.Journal;
using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Storage.AzureTables;
using Coretet.Bot.Storage.Embedded;
using Coretet.Bot.Storage.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Coretet.Bot.Bench.Consensus;

/// <summary>
/// 1,000 allies take a position on one round at concurrency 64, through the consensus flow (gate, round and audience
/// reads, the per-(round, ally) insert, the tally read for the live card, the journal) on the real table stores:
/// positions/s, p50/p99 latency of one position turn, storage round trips per position, the final tally. Then the time
/// to compute the tally of a 10,000-position round. The HTTP endpoint and the Teams connector are not in the loop.
/// </summary>
public sealed class ConsensusBenchmark : IBenchmark
{
    private const int Allies = 1_000;
    private const int Concurrency = 64;

    public string Name => "consensus";

    public string Description => "1,000 allies x 1 position at concurrency 64 (embedded, Azurite): positions/s, p50/p99, round trips, tally; 10,000-position tally";

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        await BenchBackends.InTempFolderAsync("consensus", async folder =>
        {
            using var embedded = new EmbeddedTableServiceClient(folder);
            var counting = new CountingTableService(embedded);
            await MeasureAsync(output, "embedded (SQLite, WAL, synchronous=FULL; round trips = calls into the store)", counting, () => counting.Calls, cancellationToken);
        });

        if (BenchBackends.AzureConnection(output) is { } connection)
        {
            var requests = new RequestCounter();
            var options = new AzureTableClientOptions();
            options.AddPolicy(requests, HttpPipelinePosition.PerRetry);
            var account = TableAccount.Parse(connection);
            await MeasureAsync(output, $"azure tables at {account.Endpoint} (round trips = HTTP requests)", new AzureTableServiceClient(account, options: options), () => requests.Count, cancellationToken);
        }

        TallyOfTenThousand(output);
    }

    private static async Task MeasureAsync(TextWriter output, string backend, ITableServiceClient tables, Func<long> roundTrips, CancellationToken ct)
    {
        var alliance = new BenchAlliance(Allies);
        await using var services = Services(tables, alliance);
        var flow = services.GetServices<Flow>().OfType<ConsensusFlow>().Single();
        var facilitator = alliance.Allies.First(a => alliance.Alliance.IsFacilitator(a.Id));
        var context = new AllianceContext(alliance.Alliance, facilitator.Id, facilitator);
        var draft = new RoundDraft("Benchmark proposal", RoundScope.Alliance, DateTimeOffset.UtcNow.AddDays(3));
        var round = (await services.GetRequiredService<ConsensusService>().OpenAsync(context, draft, Language.English, null, ct)).Round;

        var latencies = new double[Allies];
        var allies = alliance.Allies.ToArray();
        var before = roundTrips();
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, Allies), new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = ct }, async (i, token) =>
        {
            var started = Stopwatch.GetTimestamp();
            var turn = new Turn(TurnKind.CardAction, allies[i].User, Channel, Language.English)
            {
                Action = new CardAction(ConsensusVerbs.Position, new Dictionary<string, string> { [ConsensusVerbs.RoundKey] = round.Id, [ConsensusVerbs.StanceKey] = (i % 5 == 0 ? Stance.StandAside : Stance.Agree).ToString() }),
            };
            await flow.OnActionAsync(turn, turn.Action, token);
            latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        });
        watch.Stop();
        var trips = (roundTrips() - before) / (double)Allies;
        var tally = Tally.From(await services.GetRequiredService<IPositionStore>().ListAsync(round.Id, ct), round.Current.Number);
        Array.Sort(latencies);
        output.WriteLine(backend);
        output.WriteLine($"  {Allies} positions at concurrency {Concurrency}: {Allies / watch.Elapsed.TotalSeconds,8:F0} positions/s, p50 {latencies[Allies / 2],7:F1} ms, p99 {latencies[(int)(Allies * 0.99)],7:F1} ms, {trips:F2} round trips/position");
        output.WriteLine($"  final tally: {tally.Total} positions ({tally[Stance.Agree]} agree, {tally[Stance.StandAside]} stand aside), journal entries {alliance.JournalEntries}");
        if (tally.Total != Allies)
            throw new InvalidOperationException($"The tally is {tally.Total}, not {Allies}.");
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

    private static readonly ConversationRef Channel = new("msteams", "19:bench@thread.tacv2", ConversationKind.Channel);

    private static ServiceProvider Services(ITableServiceClient tables, BenchAlliance alliance)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton(new TableStore(tables));
        services.AddSingleton<IAllianceGate>(alliance);
        services.AddSingleton<IAllyDirectory>(alliance);
        services.AddSingleton<IChantierDirectory>(alliance);
        services.AddSingleton<IJournal>(alliance);
        services.AddSingleton<IClaimStore>(alliance);
        services.AddConsensus();
        return services.BuildServiceProvider();
    }
}
