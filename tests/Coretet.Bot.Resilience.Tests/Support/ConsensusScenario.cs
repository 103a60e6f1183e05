using System.Globalization;
using System.Text.RegularExpressions;
using Coretet.Bot.Storage.Tables;
using Coretet.Bot.Tests.Support;

namespace Coretet.Bot.Resilience.Tests.Support;

/// <summary>
/// The consensus round over a cluster, shared by the suite (ConsensusRoundTests) and the bench: an alliance of N
/// signed allies (<see cref="ClusterAlliance"/>), a round opened in General, one position per ally on the channel
/// card through the round robin (a third stand aside, the others agree), and the checks that nothing was lost,
/// doubled or shown inconsistently. <paramref name="tables"/> reads what the instances stored.
/// </summary>
public sealed class ConsensusScenario(ClusterAlliance alliance, BotReply card, TableStore tables)
{
    public const string Agree = "J'adhère";
    public const string StandAside = "Je me mets en retrait";

    public ClusterAlliance Alliance { get; } = alliance;

    public BotReply Card { get; } = card;

    public BotCluster Cluster => Alliance.Cluster;

    /// <summary>The round's id, from the card's buttons.</summary>
    public string RoundId => (string?)Card.Action(Agree)["data"]?["round"] ?? throw new InvalidOperationException("The round card has no round id.");

    /// <summary>Builds the alliance (N signatures through the cluster, <paramref name="concurrency"/> at a time) and opens the round.</summary>
    public static async Task<ConsensusScenario> PrepareAsync(BotCluster cluster, TableStore tables, int firstUser, int allies, string question, int concurrency = ResilienceSettings.Concurrency)
    {
        var alliance = await ClusterAlliance.CreateAsync(cluster, firstUser, allies, concurrency);
        return new ConsensusScenario(alliance, await alliance.OpenRoundAsync(question), tables);
    }

    /// <summary>Every ally takes their position once, <see cref="ResilienceSettings.Concurrency"/> at a time; the answers in ally order.</summary>
    public Task<IReadOnlyList<Answer>> TakePositionsAsync() => Traffic.RunAsync(Alliance.Allies, TakePositionAsync);

    /// <summary>The ally clicks their stance on the round card, through the next instance.</summary>
    public Task<Answer> TakePositionAsync(TeamsUser ally) => Cluster.ClickAsync(ally, Card, StanceOf(ally));

    /// <summary>The stance of an ally: every third one (from the first) stands aside, the others agree.</summary>
    public string StanceOf(TeamsUser ally) => Alliance.Allies.ToList().IndexOf(ally) % 3 == 0 ? StandAside : Agree;

    /// <summary>Rows in the round's partition of the ConsensusPositions table.</summary>
    public async Task<int> PositionsAsync()
    {
        var table = await tables.GetTableAsync("ConsensusPositions");
        var rows = 0;
        await foreach (var _ in table.QueryAsync(TableFilter.PartitionKey(TableKeys.Encode(RoundId))))
            rows++;
        return rows;
    }

    /// <summary>The versions of the card (post and updates) whose total is not the sum of its stances or exceeds the allies.</summary>
    public IReadOnlyList<string> InconsistentVersions() =>
        [.. Cluster.Versions(Card).Select(v => v.CardText).Where(text => !IsConsistent(text, Alliance.Allies.Count))];

    /// <summary>
    /// One more change, through <paramref name="instance"/> (after a restart: the restarted one): the first ally
    /// (standing aside) now agrees; still one position each, and the card shows the exact tally.
    /// </summary>
    public async Task<Convergence> ChangeFirstPositionAsync(int instance)
    {
        var changed = await Cluster.ClickAsync(instance, Alliance.Allies[0], Card, Agree);
        return await LatestAsync(changed.Status, changedToAgree: 1);
    }

    /// <summary>
    /// The card as it stands (its latest version) against the stored positions, <paramref name="changedToAgree"/>
    /// allies having moved from standing aside to agree. Render versions on the posted card mean that whichever
    /// instance's update landed last, it shows the final tally.
    /// </summary>
    public async Task<Convergence> LatestAsync(int status = 200, int changedToAgree = 0)
    {
        var n = Alliance.Allies.Count;
        var asides = Alliance.Allies.Count(a => StanceOf(a) == StandAside) - changedToAgree;
        return new Convergence(status, await PositionsAsync(), Cluster.Versions(Card)[^1].CardText, n, n - asides, asides);
    }

    /// <summary>What <see cref="ChangeFirstPositionAsync"/> saw, and what an exact card shows.</summary>
    public sealed record Convergence(int Status, int Positions, string LatestCard, int Expected, int ExpectedAgree, int ExpectedAside)
    {
        public bool CardIsExact => Count(LatestCard, "Positions") == Expected && Count(LatestCard, Agree) == ExpectedAgree && Count(LatestCard, StandAside) == ExpectedAside;

        public bool Holds => Status == 200 && Positions == Expected && CardIsExact;
    }

    private static bool IsConsistent(string card, int allies)
    {
        var total = Count(card, "Positions");
        return total <= allies && total == (Count(card, Agree) ?? 0) + (Count(card, StandAside) ?? 0);
    }

    /// <summary>The number on the card's line <c>label: n</c>.</summary>
    public static int? Count(string card, string label) =>
        Regex.Match(card, "^" + Regex.Escape(label) + @": (\d+)", RegexOptions.Multiline) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
}
