using Coretet.Bot.Tests.Slack.Support;
using Coretet.Bot.Tests.Support;

namespace Coretet.Bot.Tests.Slack;

public sealed class SlackCardRefreshTests : IAsyncLifetime
{
    private SlackHost host = null!;

    public async Task InitializeAsync()
    {
        host = await SlackHost.StartAsync(new EchoFlow());
        host.Slack.Locales["UBOB"] = "en-US";
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task KeyedCard_PostedInSlackAndTeams_IsUpdatedInBothWhenASlackUserClicks()
    {
        var alice = TeamsClient.User("Alice");
        await host.Bot.Teams.SendAsync(alice, "carte");
        await host.PostEventAsync(SlackPayloads.Mention("card", user: "UBOB", channel: "C0100"));
        await host.IdleAsync();
        var slackPost = Assert.Single(host.Slack.CallsTo("chat.postMessage"));
        var value = slackPost.Blocks.AsArray().Last()!["elements"]![0]!["value"]!.GetValue<string>();
        var before = host.Bot.Connector.LastSequence;

        await host.PostInteractionAsync(SlackPayloads.BlockAction(value, user: "UBOB", channel: "C0100", messageTs: "1700000000.000999"));
        await host.IdleAsync();

        var postings = await host.PostedCardsAsync("echo:shared");
        Assert.Equal(["msteams", "slack"], postings.Select(p => p.Conversation.Platform).Order());
        var update = Assert.Single(host.Slack.CallsTo("chat.update"));
        Assert.Equal("C0100", update["channel"]);
        Assert.Equal(postings.Single(p => p.Conversation.Platform == "slack").MessageId, update["ts"]);
        Assert.Contains("count 1", update["blocks"]);
        var teamsUpdate = Assert.Single(host.Bot.Connector.CallsSince(before), c => c.Operation == ConnectorOperation.Update);
        Assert.Contains("compte 1", teamsUpdate.Body);
    }
}
