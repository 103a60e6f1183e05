using System.Net;
using System.Text.Json.Nodes;
using Coretet.Bot.Tests.Slack.Support;

namespace Coretet.Bot.Tests.Slack;

public sealed class SlackCommandTests : IAsyncLifetime
{
    private readonly EchoFlow echo = new();
    private SlackHost host = null!;

    public async Task InitializeAsync()
    {
        host = await SlackHost.StartAsync(echo);
        host.Slack.Locales["UBOB"] = "en-GB";
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Alliance_Help_IsAcknowledgedEmptyAndPostsTheHelp()
    {
        var response = await host.PostCommandAsync(SlackPayloads.Command("help", user: "UBOB"));
        await host.IdleAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        var post = Assert.Single(host.Slack.CallsTo("chat.postMessage"));
        Assert.Equal("What I can do", post.Blocks[0]!["text"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Alliance_WithoutText_ShowsTheHelpInTheUsersLanguage()
    {
        await host.PostCommandAsync(SlackPayloads.Command(string.Empty));
        await host.IdleAsync();

        var post = Assert.Single(host.Slack.CallsTo("chat.postMessage"));
        Assert.Equal("Ce que je sais faire", post.Blocks[0]!["text"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Alliance_UnknownInEnglish_AnswersInEnglish()
    {
        await host.PostCommandAsync(SlackPayloads.Command("frobnicate", user: "UBOB"));
        await host.IdleAsync();

        Assert.Contains("I didn't understand \"frobnicate\"", Assert.Single(host.Slack.CallsTo("chat.postMessage"))["text"]);
    }

    [Fact]
    public async Task Alliance_InAChannelWithoutTheBot_AnswersThroughTheResponseUrl()
    {
        host.Slack.Overrides["chat.postMessage"] = _ => FakeSlackApi.Error("not_in_channel");

        await host.PostCommandAsync(SlackPayloads.Command("aide", responseUrl: host.Slack.ResponseUrl("r1")));
        await host.IdleAsync();

        var answer = JsonNode.Parse(Assert.Single(host.Slack.CallsTo("response_url")).Body!)!;
        Assert.Equal("ephemeral", answer["response_type"]!.GetValue<string>());
        Assert.Equal("Ce que je sais faire", answer["blocks"]![0]!["text"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task ResponseUrl_OnAnUntrustedHost_IsNeverCalled()
    {
        host.Slack.Overrides["chat.postMessage"] = _ => FakeSlackApi.Error("not_in_channel");

        await host.PostCommandAsync(SlackPayloads.Command("aide", responseUrl: "https://evil.example.org/hook"));
        await host.IdleAsync();

        Assert.Empty(host.Slack.CallsTo("response_url"));
        Assert.Single(host.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task Form_WithAFreshTrigger_OpensAModal()
    {
        await host.PostCommandAsync(SlackPayloads.Command("form", channel: "C0007"));
        await host.IdleAsync();

        var open = Assert.Single(host.Slack.CallsTo("views.open"));
        Assert.Equal("13345224609.738474920.8088930838d88f008e0", open["trigger_id"]);
        var view = JsonNode.Parse(open["view"])!;
        Assert.Equal("modal", view["type"]!.GetValue<string>());
        Assert.Equal("Envoyer", view["submit"]!["text"]!.GetValue<string>());
        Assert.Equal("input", view["blocks"]![0]!["type"]!.GetValue<string>());
        Assert.False(view["blocks"]![0]!["optional"]!.GetValue<bool>());
        var metadata = JsonNode.Parse(view["private_metadata"]!.GetValue<string>())!;
        Assert.Equal("C0007", metadata["c"]!.GetValue<string>());
        Assert.Equal("echo.submit", metadata["v"]!.GetValue<string>());
        Assert.Empty(host.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task Form_WithoutTrigger_IsPostedWithInputBlocks()
    {
        await host.PostCommandAsync(SlackPayloads.Command("form", triggerId: string.Empty));
        await host.IdleAsync();

        Assert.Empty(host.Slack.CallsTo("views.open"));
        var blocks = Assert.Single(host.Slack.CallsTo("chat.postMessage")).Blocks.AsArray();
        Assert.Contains(blocks, b => b!["type"]!.GetValue<string>() == "input" && b["block_id"]!.GetValue<string>() == "reason");
        Assert.Contains(blocks, b => b!["type"]!.GetValue<string>() == "actions");
    }

    [Fact]
    public async Task Form_WhenViewsOpenRefusesTheTrigger_IsPostedAsAMessage()
    {
        host.Slack.Overrides["views.open"] = _ => FakeSlackApi.Error("expired_trigger_id");

        await host.PostCommandAsync(SlackPayloads.Command("form"));
        await host.IdleAsync();

        Assert.Single(host.Slack.CallsTo("views.open"));
        Assert.Contains(Assert.Single(host.Slack.CallsTo("chat.postMessage")).Blocks.AsArray(), b => b!["type"]!.GetValue<string>() == "input");
    }

    [Fact]
    public async Task DirectReply_GoesThroughTheReplyDispatcher_AsADm()
    {
        await host.PostCommandAsync(SlackPayloads.Command("dm", user: "UBOB"));
        await host.IdleAsync();

        Assert.Equal("UBOB", Assert.Single(host.Slack.CallsTo("conversations.open"))["users"]);
        var post = Assert.Single(host.Slack.CallsTo("chat.postMessage"));
        Assert.Equal(("DUBOB", "psst"), (post["channel"], post["text"]));
    }
}
