using System.Text.Json.Nodes;
using Coretet.Bot.Tests.Charter;
using Coretet.Bot.Tests.Slack.Support;

namespace Coretet.Bot.Tests.Slack;

/// <summary>Issue #8 "Must show": the charter in Slack — installation, a draft published through a modal, a sign button.</summary>
public sealed class SlackCharterTests : IAsyncLifetime
{
    private SlackHost host = null!;

    public async Task InitializeAsync()
    {
        host = await SlackHost.StartAsync();
        host.Slack.Locales["UBOB"] = "en-US";
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task CharterInSlack_PublishedThroughAModal_SignedWithAButton_RetriedEventProcessedOnce()
    {
        await InstallAsync();
        await PublishThroughModalAsync();
        var calls = host.Slack.Calls.Count;

        var mention = SlackPayloads.Mention("charter", user: "UBOB", eventId: "EvCharter");
        await host.PostEventAsync(mention);
        await host.PostEventAsync(mention, r => r.Headers.Add("X-Slack-Retry-Num", "1"));
        await host.IdleAsync();

        var card = Assert.Single(host.Slack.Calls.Skip(calls), c => c.Method == "chat.postMessage");
        Assert.Contains("Capitaliser l'exp", card["blocks"]);
        var sign = SignButton(card, CharterWords.English.Sign);
        var state = new JsonObject { ["engagement"] = new JsonObject { ["engagement"] = new JsonObject { ["type"] = "radio_buttons", ["selected_option"] = new JsonObject { ["value"] = "engaged" } } } };

        calls = host.Slack.Calls.Count;
        await host.PostInteractionAsync(SlackPayloads.BlockAction(sign, user: "UBOB", state: state.DeepClone().AsObject()));
        await host.IdleAsync();
        Assert.Contains(host.Slack.Calls.Skip(calls), c => c.Method is "chat.postMessage" or "chat.update" && c.Form.Values.Any(v => v.Contains(CharterWords.English.Signed, StringComparison.Ordinal)));

        calls = host.Slack.Calls.Count;
        await host.PostInteractionAsync(SlackPayloads.BlockAction(sign, user: "UBOB", state: state.DeepClone().AsObject()));
        await host.IdleAsync();
        Assert.Contains(host.Slack.Calls.Skip(calls), c => c.Form.Values.Any(v => v.Contains(CharterWords.English.AlreadySigned, StringComparison.Ordinal)));
    }

    private async Task InstallAsync()
    {
        await host.PostEventAsync(SlackPayloads.Envelope("EvJoin", new JsonObject
        {
            ["type"] = "member_joined_channel",
            ["user"] = FakeSlackApi.BotUserId,
            ["channel"] = "C0001",
            ["channel_type"] = "C",
            ["inviter"] = "UALICE",
        }));
        await host.IdleAsync();
        Assert.Contains(host.Slack.CallsTo("chat.postMessage"), c => c["blocks"].Contains(CharterWords.French.Facilitator, StringComparison.Ordinal));
    }

    /// <summary>Alice (French) asks for the draft form: a modal opens; she submits the three parts.</summary>
    private async Task PublishThroughModalAsync()
    {
        await host.PostCommandAsync(SlackPayloads.Command(CharterWords.French.Draft));
        await host.IdleAsync();
        var view = JsonNode.Parse(Assert.Single(host.Slack.CallsTo("views.open"))["view"])!;
        var parts = SlackPayloads.TextState([.. CharterScenario.V1.Select(p => (p.Key, p.Value))]);

        await host.PostInteractionAsync(SlackPayloads.ViewSubmission(view["private_metadata"]!.GetValue<string>(), parts));
        await host.IdleAsync();

        Assert.Contains(host.Slack.Calls, c => c.Form.Values.Any(v => v.Contains(CharterWords.French.Published, StringComparison.Ordinal)));
    }

    private static string SignButton(SlackCall card, string label) =>
        card.Blocks.AsArray()
            .Where(b => b!["type"]!.GetValue<string>() == "actions")
            .SelectMany(b => b!["elements"]!.AsArray())
            .First(e => e!["text"]!["text"]!.GetValue<string>() == label)!["value"]!.GetValue<string>();
}
