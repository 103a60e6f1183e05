using System.Diagnostics;
using System.Globalization;
using Coretet.Bot.Bench.Load;
using Coretet.Bot.Resilience.Tests.Support;

namespace Coretet.Bot.Bench.Resilience;

/// <summary>
/// The resilience suite's three-instance consensus scenario (<see cref="ConsensusScenario"/>, as in
/// ConsensusRoundTests) at the issue's scale: three real bot processes on one Azurite behind the suite's round robin,
/// 1,000 allies sign the charter, then each takes a position on one round (both at concurrency 64). Prints positions/s and
/// the suite's checks, and fails unless every check holds. Allies: CORETET_RESILIENCE_ALLIES (default 1,000).
/// </summary>
public sealed class ResilienceBenchmark : IBenchmark
{
    private const int Instances = 3;
    private const int Concurrency = 64;

    public string Name => "resilience";

    public string Description => "three bot processes on Azurite, round robin: 1,000 allies sign, then each takes a position on one round; positions/s and the suite's checks";

    private static int Allies => int.TryParse(Environment.GetEnvironmentVariable("CORETET_RESILIENCE_ALLIES"), CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1_000;

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        if (BenchBackends.AzureConnection(output) is not { } connection)
            return;
        var storage = new Dictionary<string, string> { ["ConnectionStrings__Tables"] = connection };
        await using var cluster = await BotCluster.StartAsync(storage, Instances, new Dictionary<string, string> { ["Logging__LogLevel__Coretet"] = "Warning" });
        var signing = Stopwatch.StartNew();
        var round = await ConsensusScenario.PrepareAsync(cluster, new SharedTables(connection).Store, 0, Allies, "Adopter la charte v2", Concurrency);
        signing.Stop();
        var allies = round.Alliance.Allies;
        var figures = await LoadFigures.MeasureAsync(allies.Count, Concurrency, async i => (await round.TakePositionAsync(allies[i])).Acknowledged);

        var table = new FigureTable("instances", "allies", "signing (2 turns each, c=64)", "positions/s (c=64)", "p50 ms", "p99 ms");
        table.Add(Instances, allies.Count, $"{signing.Elapsed.TotalSeconds:F1} s", figures.PerSecond, figures.P50Ms, figures.P99Ms);
        table.Print(output);
        output.WriteLine();

        var checks = new FigureTable("check", "expected", "seen", "holds");
        var stored = await round.PositionsAsync();
        var versions = cluster.Versions(round.Card).Count;
        var inconsistent = round.InconsistentVersions().Count;
        var latest = await round.LatestAsync();
        var after = await round.ChangeFirstPositionAsync(0);
        var holds = new[]
        {
            Check(checks, "position requests answered 200", allies.Count, allies.Count - figures.Failures),
            Check(checks, "positions stored (one row per ally)", allies.Count, stored),
            Check(checks, $"card versions inconsistent (of {versions})", 0, inconsistent),
            CheckCard(checks, "last card version: positions / agree / aside", latest),
            Check(checks, "positions stored after one ally changes", allies.Count, after.Positions),
            CheckCard(checks, "card after that change: positions / agree / aside", after),
        };
        checks.Print(output);
        if (holds.Contains(false))
            throw new InvalidOperationException("The three-instance consensus scenario failed a check (see the table above).");
    }

    private static bool CheckCard(FigureTable checks, string name, ConsensusScenario.Convergence card) =>
        Check(checks, name, $"{card.Expected} / {card.ExpectedAgree} / {card.ExpectedAside}",
            $"{ConsensusScenario.Count(card.LatestCard, "Positions")} / {ConsensusScenario.Count(card.LatestCard, ConsensusScenario.Agree)} / {ConsensusScenario.Count(card.LatestCard, ConsensusScenario.StandAside)}");

    private static bool Check<T>(FigureTable checks, string name, T expected, T seen)
    {
        var holds = EqualityComparer<T>.Default.Equals(expected, seen);
        checks.Add(name, expected, seen, holds ? "yes" : "NO");
        return holds;
    }
}
