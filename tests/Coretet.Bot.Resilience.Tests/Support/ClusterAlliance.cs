using System.Globalization;
using Coretet.Bot.Tests.Support;

namespace Coretet.Bot.Resilience.Tests.Support;

/// <summary>
/// An alliance built over the cluster as people would: a facilitator installs the bot in a team's General channel and
/// publishes version 1 of the charter and signs it, then each ally reads the charter in one of the team's channels (the team resolves
/// to the alliance) and signs it.
/// </summary>
public sealed class ClusterAlliance
{
    private ClusterAlliance(BotCluster cluster, string team, TeamsUser facilitator, IReadOnlyList<TeamsUser> allies)
    {
        Cluster = cluster;
        Team = team;
        Facilitator = facilitator;
        Allies = allies;
        General = cluster.Channel("General", team);
    }

    public BotCluster Cluster { get; }

    public string Team { get; }

    public TeamsUser Facilitator { get; }

    public IReadOnlyList<TeamsUser> Allies { get; }

    public TeamsConversation General { get; }

    /// <summary>Installs the bot, publishes and signs the charter, then <paramref name="allies"/> sign it, <paramref name="concurrency"/> at a time.</summary>
    public static async Task<ClusterAlliance> CreateAsync(BotCluster cluster, int firstUser, int allies, int concurrency = ResilienceSettings.Concurrency)
    {
        var alliance = new ClusterAlliance(cluster, $"Alliance {cluster.Run} {firstUser}", cluster.User(firstUser),
            [.. Enumerable.Range(firstUser + 1, allies).Select(i => cluster.User(i))]);
        await alliance.CharterAsync();
        if (!await alliance.SignAsync(alliance.Facilitator))
            throw new InvalidOperationException("The facilitator could not sign.");
        var signed = await Traffic.RunAsync(alliance.Allies, alliance.SignAsync, concurrency: concurrency);
        var failed = signed.Count(s => !s);
        return failed == 0 ? alliance : throw new InvalidOperationException($"{failed} of {allies} allies could not sign.");
    }

    /// <summary>The facilitator opens an alliance-wide round in General (deadline in three days); the round card.</summary>
    public async Task<BotReply> OpenRoundAsync(string question)
    {
        var form = Expect(await Cluster.SendAsync(Facilitator, "consensus", General), "consensus form").Replies.Single();
        var deadline = DateTimeOffset.UtcNow.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var opened = Expect(await Cluster.ClickAsync(Facilitator, form, "Ouvrir le tour", new Dictionary<string, string>
        {
            ["question"] = question,
            ["scope"] = "alliance",
            ["deadlineDate"] = deadline,
            ["deadlineTime"] = "18:00",
        }), "round opening");
        return opened.Replies.First(r => r.ConversationId == General.Id && r.IsCard && r.Contains("Tour de consensus n°"));
    }

    private async Task CharterAsync()
    {
        Expect(await Cluster.Client(0).InstallAsync(General, Facilitator) is { Status: 200 } ? new Answer(0, 200, []) : new Answer(0, 500, []), "install");
        var form = Expect(await Cluster.SendAsync(Facilitator, "rédiger la charte", General), "charter form").Replies.Single();
        Expect(await Cluster.ClickAsync(Facilitator, form, "Publier la version 1", new Dictionary<string, string>
        {
            ["objectives"] = "Relier les lieux ressources",
            ["sharedValues"] = "Coopération",
            ["workingProcedures"] = "Décider par consensus",
        }), "publication");
    }

    /// <summary>
    /// One of the team's <see cref="Channels"/> channels, chosen by the ally's number: where they read and sign the
    /// charter. Several channels because Teams limits the writes to one (each signature updates the clicked card).
    /// </summary>
    public TeamsConversation ChannelOf(TeamsUser ally) =>
        Cluster.Channel($"c{int.Parse(ally.Id[^4..], System.Globalization.CultureInfo.InvariantCulture) % Channels}", Team);

    private const int Channels = 16;

    /// <summary>Reads the charter in the ally's channel and signs it: false when either turn was not answered 200.</summary>
    public async Task<bool> SignAsync(TeamsUser ally)
    {
        var read = await Cluster.SendAsync(ally, "charte", ChannelOf(ally));
        if (!read.Acknowledged || read.Replies.Count != 1)
            return false;
        var signed = await Cluster.ClickAsync(ally, read.Replies[0], "Je signe", new Dictionary<string, string> { ["engagement"] = "supporter" });
        return signed.Acknowledged;
    }

    /// <summary>What the facilitator sees with <c>allié·es</c> in General.</summary>
    public async Task<string> AlliesListAsync() => Expect(await Cluster.SendAsync(Facilitator, "allié·es", General), "allies list").Text;

    private static Answer Expect(Answer answer, string what) =>
        answer.Acknowledged ? answer : throw new InvalidOperationException($"The {what} was answered {answer.Status}: {answer.Text}");
}
