using System.Text.RegularExpressions;
using Coretet.Bot.Resilience.Tests.Support;
using Coretet.Bot.Storage.Tables;
using Coretet.Bot.Tests.Support;

namespace Coretet.Bot.Resilience.Tests.Resilience;

[Collection(ClusterCollection.Name)]
public sealed partial class ConsensusRoundTests(ClusterFixture fixture, ITestOutputHelper output)
{
    private const string Agree = "J'adhère";
    private const string StandAside = "Je me mets en retrait";

    [Fact]
    public async Task Round_AlliesAlternatingOverThreeInstances_ExactlyOnePositionEachExactTallyConsistentCards()
    {
        var cluster = fixture.Cluster;
        var n = ResilienceSettings.Allies;
        var started = System.Diagnostics.Stopwatch.StartNew();
        var alliance = await ClusterAlliance.CreateAsync(cluster, 40_000, n);
        var signed = started.Elapsed;
        var card = await alliance.OpenRoundAsync("Adopter la charte v2");

        var answers = await Traffic.RunAsync(alliance.Allies, a => cluster.ClickAsync(a, card, StanceOf(alliance, a)));

        output.WriteLine($"consensus: {n} allies signed in {signed.TotalSeconds:F1} s, positions taken in {(started.Elapsed - signed).TotalSeconds:F1} s over {cluster.Instances.Count} instances; the round card was updated {cluster.Versions(card).Count - 1} times");
        Assert.All(answers, a => Assert.Equal(200, a.Status));
        Assert.Equal(n, await PositionsAsync(card));
        Assert.All(cluster.Versions(card), v => Assert.True(IsConsistent(v.CardText, n), v.CardText));

        // Render versions on the posted card: whichever instance's update landed last, it shows the final tally.
        AssertExactTally(cluster.Versions(card)[^1].CardText, alliance, Asides(alliance));
        await AssertCardConvergesAsync(cluster, alliance, card, 0);
    }

    [Fact]
    public async Task Round_OneInstanceKilledHalfwayAndRestarted_NoAcknowledgedPositionLostRetriesGiveExactlyOne()
    {
        var cluster = fixture.Cluster;
        var victim = cluster.Instances[2];
        var n = ResilienceSettings.Allies;
        var alliance = await ClusterAlliance.CreateAsync(cluster, 50_000, n);
        var card = await alliance.OpenRoundAsync("Ouvrir un chantier sur les communs");
        var killed = 0;

        var attempts = await Traffic.RunAsync(alliance.Allies, a => Traffic.UntilAcknowledgedAsync(() => cluster.ClickAsync(a, card, StanceOf(alliance, a))), done =>
        {
            if (done == n / 2 && Interlocked.Exchange(ref killed, 1) == 0)
                victim.Kill();
        });
        await victim.StartAsync();

        var retried = attempts.Count(a => a.Count > 1);
        output.WriteLine($"consensus with kill -9 of {victim.Name} halfway: {retried} of {n} allies retried a position");
        Assert.All(attempts, a => Assert.True(a[^1].Acknowledged, $"never acknowledged after {a.Count} attempts"));
        Assert.True(retried > 0, "no position met the killed instance");
        Assert.Equal(n, await PositionsAsync(card));

        // The restarted instance serves the round again: a change there replaces a position, it adds none.
        await AssertCardConvergesAsync(cluster, alliance, card, 2);
    }

    /// <summary>
    /// One more change, through <paramref name="instance"/> (after a restart: the restarted one): the first ally
    /// (standing aside) now agrees; still one position each, and the card shows the exact tally.
    /// </summary>
    private static async Task AssertCardConvergesAsync(BotCluster cluster, ClusterAlliance alliance, BotReply card, int instance)
    {
        var changed = await cluster.ClickAsync(instance, alliance.Allies[0], card, Agree);
        Assert.Equal(200, changed.Status);
        Assert.Equal(alliance.Allies.Count, await PositionsAsync(card));
        AssertExactTally(cluster.Versions(card)[^1].CardText, alliance, Asides(alliance) - 1);
    }

    private static void AssertExactTally(string card, ClusterAlliance alliance, int asides)
    {
        var n = alliance.Allies.Count;
        Assert.Contains($"Positions: {n}", card, StringComparison.Ordinal);
        Assert.Contains($"{Agree}: {n - asides}", card, StringComparison.Ordinal);
        Assert.Contains($"{StandAside}: {asides}", card, StringComparison.Ordinal);
    }

    private static int Asides(ClusterAlliance alliance) => alliance.Allies.Count(a => StanceOf(alliance, a) == StandAside);

    /// <summary>Every version of the card: its total is the sum of its stance lines and never more than the allies.</summary>
    private static bool IsConsistent(string card, int allies)
    {
        var total = Count(card, "Positions");
        return total <= allies && total == (Count(card, Agree) ?? 0) + (Count(card, StandAside) ?? 0);
    }

    private static int? Count(string card, string label) =>
        Regex.Match(card, "^" + Regex.Escape(label) + @": (\d+)", RegexOptions.Multiline) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    private static string StanceOf(ClusterAlliance alliance, TeamsUser ally) =>
        alliance.Allies.ToList().IndexOf(ally) % 3 == 0 ? StandAside : Agree;

    /// <summary>Rows in the round's partition of the shared ConsensusPositions table.</summary>
    private static async Task<int> PositionsAsync(BotReply card)
    {
        var round = (string?)card.Action(Agree)["data"]?["round"] ?? throw new InvalidOperationException("The round card has no round id.");
        var table = await new SharedTables().Store.GetTableAsync("ConsensusPositions");
        var rows = 0;
        await foreach (var _ in table.QueryAsync(TableFilter.PartitionKey(TableKeys.Encode(round))))
            rows++;
        return rows;
    }
}
