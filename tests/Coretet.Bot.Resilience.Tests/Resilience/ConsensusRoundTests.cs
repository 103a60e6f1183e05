using Coretet.Bot.Resilience.Tests.Support;

namespace Coretet.Bot.Resilience.Tests.Resilience;

[Collection(ClusterCollection.Name)]
public sealed class ConsensusRoundTests(ClusterFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Round_AlliesAlternatingOverThreeInstances_ExactlyOnePositionEachExactTallyConsistentCards()
    {
        var cluster = fixture.Cluster;
        var n = ResilienceSettings.RoundAllies;
        var started = System.Diagnostics.Stopwatch.StartNew();
        var round = await ConsensusScenario.PrepareAsync(cluster, new SharedTables().Store, 40_000, n, "Adopter la charte v2");
        var signed = started.Elapsed;

        var answers = await round.TakePositionsAsync();

        output.WriteLine($"consensus: {n} allies signed in {signed.TotalSeconds:F1} s, positions taken in {(started.Elapsed - signed).TotalSeconds:F1} s over {cluster.Instances.Count} instances; the round card was updated {cluster.Versions(round.Card).Count - 1} times");
        Assert.All(answers, a => Assert.Equal(200, a.Status));
        Assert.Equal(n, await round.PositionsAsync());
        Assert.Empty(round.InconsistentVersions());

        // Render versions on the posted card: whichever instance's update landed last, it shows the final tally.
        AssertConverged(await round.LatestAsync());
        AssertConverged(await round.ChangeFirstPositionAsync(0));
    }

    [Fact]
    public async Task Round_OneInstanceKilledHalfwayAndRestarted_NoAcknowledgedPositionLostRetriesGiveExactlyOne()
    {
        var cluster = fixture.Cluster;
        var victim = cluster.Instances[2];
        var n = ResilienceSettings.RoundAllies;
        var round = await ConsensusScenario.PrepareAsync(cluster, new SharedTables().Store, 50_000, n, "Ouvrir un chantier sur les communs");
        var killed = 0;

        var attempts = await Traffic.RunAsync(round.Alliance.Allies, a => Traffic.UntilAcknowledgedAsync(() => round.TakePositionAsync(a)), done =>
        {
            if (done == n / 2 && Interlocked.Exchange(ref killed, 1) == 0)
                victim.Kill();
        });
        await victim.StartAsync();

        var retried = attempts.Count(a => a.Count > 1);
        output.WriteLine($"consensus with kill -9 of {victim.Name} halfway: {retried} of {n} allies retried a position");
        Assert.All(attempts, a => Assert.True(a[^1].Acknowledged, $"never acknowledged after {a.Count} attempts"));
        Assert.True(retried > 0, "no position met the killed instance");
        Assert.Equal(n, await round.PositionsAsync());

        // The restarted instance serves the round again: a change there replaces a position, it adds none.
        AssertConverged(await round.ChangeFirstPositionAsync(2));
    }

    private static void AssertConverged(ConsensusScenario.Convergence seen)
    {
        Assert.Equal(200, seen.Status);
        Assert.Equal(seen.Expected, seen.Positions);
        Assert.True(seen.CardIsExact, $"expected {seen.Expected} positions ({seen.ExpectedAgree} agree, {seen.ExpectedAside} stand aside) on the card:\n{seen.LatestCard}");
    }
}
