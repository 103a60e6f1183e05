using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Tests.Consensus;
using Coretet.Bot.Tests.Support;

namespace Coretet.Bot.Tests.PostedCards;

/// <summary>
/// Two bot hosts (two instances) on one store and one fake Connector, the round card in a channel. Instance A's
/// refresh of the card is held at the Connector until instance B's refresh of a newer tally has landed; then A's
/// older update lands. The last update the Connector received for the card must show the final tally.
/// Shared embedded file here, Azurite in the subclass.
/// </summary>
public abstract class TwoInstanceRoundCardTests : IAsyncLifetime
{
    private const string Agree = "J'adhère";

    private readonly ConsensusAlliance alliance = new(Language.French);
    private readonly TestClock clock = new(ConsensusScenario.Start);
    private FakeConnector connector = null!;
    private BotHost a = null!;
    private BotHost b = null!;

    protected abstract void UseSharedStore(BotHostOptions options);

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        a = await BotHost.StartAsync(o => UseSharedStore(ConsensusScenario.Configure(o, alliance, clock).UseConnector(connector)));
        b = await BotHost.StartAsync(o => UseSharedStore(ConsensusScenario.Configure(o, alliance, clock).UseConnector(connector)));
    }

    public async Task DisposeAsync()
    {
        await a.DisposeAsync();
        await b.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task RoundCard_OlderRefreshLandsAfterANewerOne_LastUpdateShowsTheFinalTally()
    {
        var (channel, card) = await OpenRoundAsync();
        var held = connector.HoldNext(ConnectorOperation.Update, card.MessageId);

        var first = a.Teams.ClickAsync(Ally("Alice"), card, Agree);
        await held.Arrived;
        await b.Teams.ClickAsync(Ally("Bruno"), card, Agree);
        Assert.Contains("Positions: 2", Latest(card));
        held.Release();
        await first;

        var updates = Updates(card);
        Assert.Contains(updates.SkipLast(1), u => u.Contains("Positions: 1", StringComparison.Ordinal));
        Assert.Contains("Positions: 2", updates[^1]);
        Assert.Contains($"{Agree}: 2", updates[^1]);
        Assert.Equal(channel.Id, connector.Calls.Last(c => c.MessageId == card.MessageId).ConversationId);
    }

    [Fact]
    public async Task RoundCard_RefreshesOneAfterAnother_OneUpdateEachAndTheExactTally()
    {
        var (_, card) = await OpenRoundAsync();

        await a.Teams.ClickAsync(Ally("Alice"), card, Agree);
        await b.Teams.ClickAsync(Ally("Bruno"), card, Agree);
        await a.Teams.ClickAsync(Ally("Chloé"), card, "Je me mets en retrait");

        var updates = Updates(card);
        Assert.Equal(3, updates.Count);
        Assert.Contains("Positions: 3", updates[^1]);
        Assert.Contains($"{Agree}: 2", updates[^1]);
    }

    /// <summary>Inès opens a round in a channel of her own (unique per test: the store may be shared) through instance A.</summary>
    private async Task<(TeamsConversation Channel, BotReply Card)> OpenRoundAsync()
    {
        var ines = Ally("Inès", facilitator: true);
        var name = "Général " + Guid.NewGuid().ToString("N")[..6];
        var channel = a.Teams.Channel(name, team: "Coretet");
        b.Teams.Channel(name, team: "Coretet");
        alliance.Attach(channel);
        var form = (await a.Teams.SendAsync(ines, "consensus", channel)).Single();
        var opened = await a.Teams.ClickAsync(ines, form, "Ouvrir le tour", new Dictionary<string, string>
        {
            ["question"] = "Adopter la charte v2",
            ["scope"] = "alliance",
            ["deadlineDate"] = ConsensusScenario.Start.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["deadlineTime"] = "18:00",
        });
        return (channel, opened.In(channel).Card("Tour de consensus n°"));
    }

    private TeamsUser Ally(string name, bool facilitator = false)
    {
        var user = TeamsClient.User(name);
        alliance.AddAlly(user, facilitator);
        return user;
    }

    private string Latest(BotReply card) => Updates(card)[^1];

    /// <summary>Every update in place of the card the Connector applied, in the order they landed.</summary>
    private List<string> Updates(BotReply card) =>
        [.. connector.Calls.Where(c => c.Succeeded && c.Activity is not null && c.Operation == ConnectorOperation.Update && c.MessageId == card.MessageId)
            .Select(c => new BotReply(c).CardText)];
}

public sealed class EmbeddedTwoInstanceRoundCardTests : TwoInstanceRoundCardTests, IDisposable
{
    private readonly SharedStoreFolder folder = new();

    protected override void UseSharedStore(BotHostOptions options) => options.Set("Storage:EmbeddedPath", folder.Path);

    public void Dispose() => folder.Dispose();
}

public sealed class AzuriteTwoInstanceRoundCardTests : TwoInstanceRoundCardTests
{
    protected override void UseSharedStore(BotHostOptions options) =>
        options.Set("ConnectionStrings:Tables", Storage.AzuriteTableContractTests.ConnectionString);
}
