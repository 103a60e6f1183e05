using System.Globalization;
using System.Text.Json;
using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Dialogs.Journal;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Scheduling;
using Coretet.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Coretet.Bot.Tests.Consensus;

/// <summary>A running bot with one alliance, a channel, a facilitator (Inès) and allies, in French or English.</summary>
internal sealed class ConsensusScenario : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private ConsensusScenario(BotHost bot, ConsensusAlliance alliance, TestClock clock, string locale)
    {
        (Bot, Alliance, Clock, Locale) = (bot, alliance, clock, locale);
        Channel = bot.Teams.Channel("Général", team: "Coretet");
        Ines = User("Ines");
        alliance.AddAlly(Ines, facilitator: true);
        alliance.Attach(Channel);
    }

    public BotHost Bot { get; }

    public ConsensusAlliance Alliance { get; }

    public TestClock Clock { get; }

    public string Locale { get; }

    public bool English => Locale.StartsWith("en", StringComparison.Ordinal);

    public TeamsConversation Channel { get; }

    public TeamsUser Ines { get; }

    public static async Task<ConsensusScenario> StartAsync(string locale)
    {
        var clock = new TestClock(Start);
        var alliance = new ConsensusAlliance(Languages.FromLocale(locale));
        var bot = await BotHost.StartAsync(o => Configure(o, alliance, clock));
        return new ConsensusScenario(bot, alliance, clock, locale);
    }

    /// <summary>A host on <paramref name="alliance"/> and <paramref name="clock"/> (several hosts may share them, as instances).</summary>
    public static BotHostOptions Configure(BotHostOptions options, ConsensusAlliance alliance, TestClock clock) => options
        .UseTime(clock)
        .Set("Consensus:SweepSeconds", "86400")
        .ConfigureServices(s =>
        {
            s.RemoveAll<IAllianceGate>();
            s.RemoveAll<IAllyDirectory>();
            s.RemoveAll<IChantierDirectory>();
            s.RemoveAll<IJournal>();
            s.AddSingleton<IAllianceGate>(alliance);
            s.AddSingleton<IAllyDirectory>(alliance);
            s.AddSingleton<IChantierDirectory>(alliance);
            s.AddSingleton<IJournal>(alliance);
        });

    public string L(string french, string english) => English ? english : french;

    public TeamsUser User(string name) => TeamsClient.User(name, Locale);

    public TeamsUser Ally(string name)
    {
        var user = User(name);
        Alliance.AddAlly(user);
        return user;
    }

    public void Chantier(string id, string title, TeamsUser animator, params TeamsUser[] participants) =>
        Alliance.AddChantier(new ChantierSummary(Alliance.Alliance.Id, id, title, true)
        {
            Animators = [ConsensusAlliance.Key(animator)],
            Participants = participants.Select(ConsensusAlliance.Key).ToList(),
        });

    /// <summary>Inès writes <c>consensus</c> in the channel, fills the form and opens the round; returns the round card.</summary>
    public async Task<BotReply> OpenRoundAsync(string question, TeamsUser? by = null, string scope = "alliance", string? quorum = null)
    {
        var initiator = by ?? Ines;
        var form = (await Bot.Teams.SendAsync(initiator, "consensus", Channel)).Single();
        var inputs = new Dictionary<string, string>
        {
            ["question"] = question,
            ["scope"] = scope,
            ["deadlineDate"] = Start.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["deadlineTime"] = "18:00",
        };
        if (quorum is not null)
            inputs["quorum"] = quorum;
        var opened = await Bot.Teams.ClickAsync(initiator, form, L("Ouvrir le tour", "Open the round"), inputs);
        return opened.In(Channel).Card(L("Tour de consensus n°", "Consensus round #"));
    }

    public Task<BotReplies> StanceAsync(TeamsUser user, BotReply card, string stance, string? reason = null) =>
        Bot.Teams.ClickAsync(user, card, stance, reason is null ? null : new Dictionary<string, string> { ["reason"] = reason });

    /// <summary>A click whose card data the sender rewrote (another round, another ally's id...).</summary>
    public Task<BotReplies> ForgedClickAsync(TeamsUser user, BotReply card, string button, Action<Dictionary<string, string>> forge)
    {
        var data = JsonSerializer.Deserialize<Dictionary<string, string>>(card.Action(button)["data"]!.ToJsonString())!;
        forge(data);
        var activity = Bot.Teams.NewActivity("message", user, Channel);
        activity.Value = JsonSerializer.SerializeToElement(data);
        activity.ReplyToId = card.MessageId;
        return Bot.Teams.SendActivityAsync(activity);
    }

    /// <summary>Runs the consensus sweep once, as Quartz would (deadlines, reminders).</summary>
    public Task SweepAsync() => Bot.Get<IEnumerable<ISweep>>().Single(s => s.Name == "consensus").RunAsync(CancellationToken.None);

    /// <summary>The last version of the round card in the channel (posted, then updated in place).</summary>
    public string LatestCard(BotReply card) =>
        Bot.Connector.Calls.Where(c => c.Succeeded && c.Activity is not null && c.MessageId == card.MessageId).Select(c => new BotReply(c)).Last().CardText;

    /// <summary>Everything the bot posted since <paramref name="sequence"/> (proactive posts and DMs included).</summary>
    public IReadOnlyList<BotReply> Since(long sequence) =>
        Bot.Connector.CallsSince(sequence).Where(c => c.Succeeded && c.Activity is not null).Select(c => new BotReply(c)).ToList();

    public ValueTask DisposeAsync() => Bot.DisposeAsync();
}
