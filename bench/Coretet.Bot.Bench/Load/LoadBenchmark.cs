using System.Diagnostics;
using Coretet.Bot.Resilience.Tests.Support;
using Coretet.Bot.Tests.Support;

namespace Coretet.Bot.Bench.Load;

/// <summary>
/// One real bot process (<c>dotnet Coretet.Bot.dll</c>) per backend, embedded then Azurite (CORETET_BENCH_TABLES),
/// replies to an in-process fake Connector: cold start to the first answered turn; turns/s and p50/p99 for a help
/// command, a charter signature (each by a new ally) and a position on a round (each signer once) at concurrency 32
/// and 128; resident memory at rest and at peak (sampled every 100 ms); then the same client against a minimal
/// ASP.NET Core endpoint answering 200, the machine's ceiling for this HTTP work, and the ratio.
/// Turns per measure: CORETET_BENCH_LOAD_TURNS (default 2,000 help turns; signatures and positions a third of it).
/// </summary>
public sealed class LoadBenchmark : IBenchmark
{
    private static readonly int[] Concurrencies = [32, 128];

    public string Name => "load";

    public string Description => "one instance: cold start, help/signature/position turns/s and p50/p99 at c=32/128, memory; ceiling endpoint";

    private static int Turns => int.TryParse(Environment.GetEnvironmentVariable("CORETET_BENCH_LOAD_TURNS"), out var n) && n > 0 ? n : 2000;

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var turns = new FigureTable("backend", "turn", "concurrency", "turns/s", "p50 ms", "p99 ms", "turns", "failed");
        var process = new FigureTable("backend", "cold start to first answer", "/healthz after", "memory at rest", "memory at peak (sampled)");
        var help = new Dictionary<int, double>();
        await BenchBackends.InTempFolderAsync("load", folder => MeasureAsync("embedded", new() { ["Storage__EmbeddedPath"] = folder }, turns, process, help));
        if (BenchBackends.AzureConnection(output) is { } connection)
            await MeasureAsync("azurite", new() { ["ConnectionStrings__Tables"] = connection }, turns, process, help);
        var ceiling = new FigureTable("concurrency", "ceiling 200/s", "p50 ms", "p99 ms", "help/s (best backend)", "ratio help / ceiling");
        await CeilingAsync(ceiling, help);
        turns.Print(output);
        output.WriteLine();
        process.Print(output);
        output.WriteLine();
        output.WriteLine("ceiling: the same client against a minimal ASP.NET Core endpoint answering 200 (same activities)");
        ceiling.Print(output);
    }

    private static async Task MeasureAsync(string backend, Dictionary<string, string> storage, FigureTable turns, FigureTable process, Dictionary<int, double> help)
    {
        var cold = Stopwatch.StartNew();
        await using var cluster = await BotCluster.StartAsync(storage, 1, new Dictionary<string, string> { ["Logging__LogLevel__Coretet"] = "Warning" });
        var bot = cluster.Instances[0];
        var healthy = cold.Elapsed;
        var first = await cluster.SendAsync(cluster.User(0), "aide");
        var coldStart = cold.Elapsed;
        if (!first.Acknowledged)
            throw new InvalidOperationException($"{backend}: the first turn was answered {first.Status}.");

        await using var sampler = new MemorySampler(bot);
        var readers = Enumerable.Range(1, 500).Select(i => cluster.User(i)).ToList();
        await LoadFigures.MeasureAsync(200, 16, i => HelpAsync(cluster, readers[i % readers.Count]));
        await Task.Delay(TimeSpan.FromSeconds(2));
        var atRest = bot.Memory().Resident;
        foreach (var concurrency in Concurrencies)
        {
            var figures = await LoadFigures.MeasureAsync(Turns, concurrency, i => HelpAsync(cluster, readers[i % readers.Count]));
            help[concurrency] = Math.Max(help.GetValueOrDefault(concurrency), figures.PerSecond);
            Add(turns, backend, "help", figures);
        }

        var alliance = await ClusterAlliance.CreateAsync(cluster, 1_000, 0);
        var signers = new Dictionary<int, List<TeamsUser>>();
        foreach (var concurrency in Concurrencies)
        {
            var cards = await SigningCardsAsync(cluster, alliance.Team, concurrency);
            signers[concurrency] = [.. Enumerable.Range(0, Math.Max(1, Turns / 3)).Select(i => cluster.User(10_000 * (concurrency / 32) + i))];
            var group = signers[concurrency];
            Add(turns, backend, "signature", await LoadFigures.MeasureAsync(group.Count, concurrency, i => SignAsync(cluster, cards[i % cards.Count], group[i])));
        }

        foreach (var concurrency in Concurrencies)
        {
            var round = await alliance.OpenRoundAsync($"Tour de charge {concurrency}");
            var group = signers[concurrency];
            Add(turns, backend, "position", await LoadFigures.MeasureAsync(group.Count, concurrency, async i =>
                (await cluster.ClickAsync(group[i], round, ConsensusScenario.Agree)).Acknowledged));
        }

        process.Add(backend, Ms(coldStart), Ms(healthy), MiB(atRest), MiB(sampler.Peak));
    }

    private static void Add(FigureTable table, string backend, string turn, LoadFigures figures) =>
        table.Add(backend, turn, figures.Concurrency, figures.PerSecond, figures.P50Ms, figures.P99Ms, figures.Count, figures.Failures);

    private static async Task CeilingAsync(FigureTable ceilingTable, Dictionary<int, double> help)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var ceiling = await CeilingEndpoint.StartAsync();
        await using var cluster = BotCluster.Over(connector, ceiling.BaseAddress);
        var users = Enumerable.Range(0, 500).Select(i => cluster.User(i)).ToList();
        await LoadFigures.MeasureAsync(500, 16, i => HelpAsync(cluster, users[i % users.Count]));
        foreach (var concurrency in Concurrencies)
        {
            var figures = await LoadFigures.MeasureAsync(Turns * 2, concurrency, i => HelpAsync(cluster, users[i % users.Count]));
            var best = help.GetValueOrDefault(concurrency);
            ceilingTable.Add(concurrency, figures.PerSecond, figures.P50Ms, figures.P99Ms, best, $"{best / figures.PerSecond:P1}");
        }
    }

    private static async Task<bool> HelpAsync(BotCluster cluster, TeamsUser user) => (await cluster.SendAsync(user, "aide")).Acknowledged;

    /// <summary>
    /// The charter card in <see cref="SigningChannels"/> channels of the team, each already used by one signature
    /// (a conversation's first turn attaches it to the alliance). Several channels: Teams limits the writes to one
    /// channel (each signature updates the clicked card), and a real mass signature spreads over the team's channels.
    /// </summary>
    private static async Task<IReadOnlyList<BotReply>> SigningCardsAsync(BotCluster cluster, string team, int run)
    {
        var cards = new BotReply[SigningChannels];
        await LoadFigures.MeasureAsync(SigningChannels, 8, async i =>
        {
            var channel = cluster.Channel($"load-{run}-{i}", team);
            var first = cluster.User(900_000 + run * 100 + i);
            cards[i] = (await cluster.SendAsync(first, "charte", channel)).Replies.Single();
            return await SignAsync(cluster, cards[i], first);
        });
        return cards;
    }

    private const int SigningChannels = 64;

    private static async Task<bool> SignAsync(BotCluster cluster, BotReply card, TeamsUser signer) =>
        (await cluster.ClickAsync(signer, card, "Je signe", new Dictionary<string, string> { ["engagement"] = "supporter" })).Acknowledged;

    private static string Ms(TimeSpan time) => $"{time.TotalMilliseconds:N0} ms";

    private static string MiB(long bytes) => $"{bytes / 1048576.0:F0} MiB";
}
