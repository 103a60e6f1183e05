using System.Net;
using System.Text.Json.Nodes;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Tests.Slack.Support;

namespace Coretet.Bot.Tests.Slack;

public sealed class SlackInteractionTests : IAsyncLifetime
{
    private readonly EchoFlow echo = new();
    private SlackHost host = null!;

    public async Task InitializeAsync() => host = await SlackHost.StartAsync(echo);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Button_InAMessage_IsACardActionWithItsDataAndTheMessageInputs()
    {
        var value = new JsonObject { ["v"] = "echo.submit", ["d"] = new JsonObject { ["round"] = "7" }, ["i"] = true }.ToJsonString();

        var response = await host.PostInteractionAsync(SlackPayloads.BlockAction(value, user: "UCAROL", state: SlackPayloads.TextState(("reason", "parce que <@U9> & co"))));
        await host.IdleAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = Assert.Single(echo.Turns);
        Assert.Equal(TurnKind.CardAction, turn.Kind);
        Assert.Equal(new UserRef("slack", "UCAROL", "Real UCAROL"), turn.From);
        Assert.Equal("1700000000.000001", turn.ReplyToId);
        var post = Assert.Single(host.Slack.CallsTo("chat.postMessage"));
        Assert.Contains("echo.submit by UCAROL: reason=parce que &lt;@U9&gt; &amp; co round=7", post["text"]);
    }

    [Fact]
    public async Task Button_ThatDoesNotSubmitInputs_IgnoresTheMessageState()
    {
        var value = new JsonObject { ["v"] = "echo.submit", ["d"] = new JsonObject(), ["i"] = false }.ToJsonString();

        await host.PostInteractionAsync(SlackPayloads.BlockAction(value, state: SlackPayloads.TextState(("reason", "x"))));
        await host.IdleAsync();

        Assert.Empty(Assert.Single(echo.Turns).Action!.Data);
    }

    [Fact]
    public async Task ClickedCardReply_UpdatesTheClickedMessageInPlace_AndRecordsTheKeyedCard()
    {
        var value = new JsonObject { ["v"] = "echo.update", ["d"] = new JsonObject() }.ToJsonString();

        await host.PostInteractionAsync(SlackPayloads.BlockAction(value, channel: "C0009", messageTs: "1700000000.000555"));
        await host.IdleAsync();

        var update = Assert.Single(host.Slack.CallsTo("chat.update"));
        Assert.Equal(("C0009", "1700000000.000555"), (update["channel"], update["ts"]));
        Assert.Equal("Updated", update.Blocks[0]!["text"]!["text"]!.GetValue<string>());
        var card = Assert.Single(await host.PostedCardsAsync("echo:1"));
        Assert.Equal(("echo:1", "C0009", "1700000000.000555"), (card.CardKey, card.Conversation.Id, card.MessageId));
        Assert.Empty(host.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task Button_OnAnEphemeralMessage_IsAnsweredEphemerally()
    {
        var payload = SlackPayloads.BlockAction(new JsonObject { ["v"] = "echo.submit", ["d"] = new JsonObject() }.ToJsonString(), user: "UERIN");
        payload["container"]!["is_ephemeral"] = true;

        await host.PostInteractionAsync(payload);
        await host.IdleAsync();

        var ephemeral = Assert.Single(host.Slack.CallsTo("chat.postEphemeral"));
        Assert.Equal(("C0001", "UERIN"), (ephemeral["channel"], ephemeral["user"]));
        Assert.Empty(host.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task ViewSubmission_IsACardActionWithTheModalInputs_AnsweredInTheOriginChannel()
    {
        var metadata = new JsonObject { ["c"] = "C0007", ["v"] = "echo.submit", ["d"] = new JsonObject { ["round"] = "42" } }.ToJsonString();

        var response = await host.PostInteractionAsync(SlackPayloads.ViewSubmission(metadata, SlackPayloads.TextState(("reason", "trop tôt")), user: "UDAVE"));
        await host.IdleAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        var post = Assert.Single(host.Slack.CallsTo("chat.postMessage"));
        Assert.Equal("C0007", post["channel"]);
        Assert.Contains("echo.submit by UDAVE: reason=trop tôt round=42", post["text"]);
    }

    [Fact]
    public async Task ViewSubmission_WithForgedMetadata_IsIgnored()
    {
        await host.PostInteractionAsync(SlackPayloads.ViewSubmission("not json", SlackPayloads.TextState(("reason", "x"))));
        await host.IdleAsync();

        Assert.Empty(echo.Turns);
        Assert.Empty(host.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task Button_WithAForgedValue_IsIgnored()
    {
        await host.PostInteractionAsync(SlackPayloads.BlockAction("{\"nope\":1}"));
        await host.IdleAsync();

        Assert.Empty(echo.Turns);
        Assert.Empty(host.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task Button_WithAnUnknownVerb_AnswersThatTheCardIsStale()
    {
        await host.PostInteractionAsync(SlackPayloads.BlockAction("{\"v\":\"gone.away\"}"));
        await host.IdleAsync();

        Assert.Contains("Cette carte n'est plus active", Assert.Single(host.Slack.CallsTo("chat.postMessage"))["text"]);
    }

    [Fact]
    public async Task Interaction_WithoutPayload_Is400()
    {
        var response = await host.PostAsync("/api/slack/interactions", "nothing=here", "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
