using Coretet.Bot.Tests.Chantiers;
using Coretet.Bot.Tests.Support;

namespace Coretet.Bot.Tests.PostedCards;

/// <summary>
/// The chantier card refreshed by two instances (two hosts on one embedded file and one fake Connector, the real
/// charter gate): instance A's update is held until instance B's newer one has landed.
/// </summary>
public sealed class TwoInstanceChantierCardTests : IDisposable
{
    private readonly SharedStoreFolder folder = new();

    [Fact]
    public async Task ChantierCard_OlderRefreshLandsAfterANewerOne_LastUpdateShowsEveryParticipant()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var a = await ChantierBot.StartAsync(o => o.UseConnector(connector).Set("Storage:EmbeddedPath", folder.Path));
        await using var b = await BotHost.StartAsync(o => o.UseConnector(connector).Set("Storage:EmbeddedPath", folder.Path));
        b.Teams.Channel(a.Channel.Name!, team: "Coretet");
        var (alice, bruno, chloe) = (TeamsClient.User("Alice"), TeamsClient.User("Bruno"), TeamsClient.User("Chloé"));
        await a.SignAsync(alice, bruno, chloe);
        var card = (await a.SubmitFormAsync(alice, ChantierBot.Form("Jardins"))).Updates[^1];
        var held = connector.HoldNext(ConnectorOperation.Update, card.MessageId);

        var first = a.Teams.ClickAsync(bruno, card, "Rejoindre");
        await held.Arrived;
        await b.Teams.ClickAsync(chloe, card, "Rejoindre");
        held.Release();
        await first;

        var updates = connector.Calls.Where(c => c.Succeeded && c.Operation == ConnectorOperation.Update && c.MessageId == card.MessageId)
            .Select(c => new BotReply(c).CardText).ToList();
        Assert.Contains(updates, u => u.Contains("Participant·es (1)", StringComparison.Ordinal));
        Assert.Contains("Participant·es (2)", updates[^1]);
    }

    public void Dispose() => folder.Dispose();
}
