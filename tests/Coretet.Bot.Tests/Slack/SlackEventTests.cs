using System.Net;
using System.Text.Json.Nodes;
using Coretet.Bot.Tests.Slack.Support;

namespace Coretet.Bot.Tests.Slack;

public sealed class SlackEventTests : IAsyncLifetime
{
    private readonly EchoFlow echo = new();
    private SlackHost host = null!;

    public async Task InitializeAsync()
    {
        host = await SlackHost.StartAsync(echo);
        host.Slack.Locales["UBOB"] = "en-US";
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Mention_HelpInFrench_PostsTheFrenchHelpInTheChannel()
    {
        await host.PostEventAsync(SlackPayloads.Mention("aide"));
        await host.IdleAsync();

        var post = Assert.Single(host.Slack.CallsTo("chat.postMessage"));
        Assert.Equal("C0001", post["channel"]);
        Assert.Equal("Bearer xoxb-test-token", post.Authorization);
        Assert.Equal("header", post.Blocks[0]!["type"]!.GetValue<string>());
        Assert.Equal("Ce que je sais faire", post.Blocks[0]!["text"]!["text"]!.GetValue<string>());
        Assert.Contains("aide", post["blocks"]);
    }

    [Fact]
    public async Task Mention_HelpInEnglish_PostsTheEnglishHelp()
    {
        await host.PostEventAsync(SlackPayloads.Mention("help", user: "UBOB"));
        await host.IdleAsync();

        var post = Assert.Single(host.Slack.CallsTo("chat.postMessage"));
        Assert.Equal("What I can do", post.Blocks[0]!["text"]!["text"]!.GetValue<string>());
        Assert.Contains(host.Slack.CallsTo("users.info"), c => c["user"] == "UBOB" && c["include_locale"] == "true");
    }

    [Fact]
    public async Task Mention_UnknownCommandInFrench_AnswersInFrench()
    {
        await host.PostEventAsync(SlackPayloads.Mention("abracadabra"));
        await host.IdleAsync();

        var post = Assert.Single(host.Slack.CallsTo("chat.postMessage"));
        Assert.Contains("Je n'ai pas compris « abracadabra »", post["text"]);
        Assert.Contains("*aide*", post["text"]);
    }

    [Fact]
    public async Task Mention_UnknownCommandInEnglish_AnswersInEnglish()
    {
        await host.PostEventAsync(SlackPayloads.Mention("abracadabra", user: "UBOB"));
        await host.IdleAsync();

        var post = Assert.Single(host.Slack.CallsTo("chat.postMessage"));
        Assert.Contains("I didn't understand \"abracadabra\"", post["text"]);
    }

    [Fact]
    public async Task Mention_InAThread_IsAnsweredInTheThread()
    {
        var envelope = SlackPayloads.Mention("aide");
        envelope["event"]!["thread_ts"] = "1699999999.000001";

        await host.PostEventAsync(envelope);
        await host.IdleAsync();

        Assert.Equal("1699999999.000001", Assert.Single(host.Slack.CallsTo("chat.postMessage"))["thread_ts"]);
    }

    [Fact]
    public async Task UsersInfoFailing_StillAnswers_InFrenchByDefault()
    {
        host.Slack.Overrides["users.info"] = _ => FakeSlackApi.Error("user_not_found");

        await host.PostEventAsync(SlackPayloads.Mention("help", user: "UBOB"));
        await host.IdleAsync();

        Assert.Equal("Ce que je sais faire", Assert.Single(host.Slack.CallsTo("chat.postMessage")).Blocks[0]!["text"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Event_RetriedWithTheSameEventId_IsProcessedOnce()
    {
        var envelope = SlackPayloads.Mention("aide", eventId: "Ev0RETRY");

        var first = await host.PostEventAsync(envelope);
        var retry = await host.PostEventAsync(envelope, r =>
        {
            r.Headers.Add("X-Slack-Retry-Num", "1");
            r.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        });
        await host.IdleAsync();
        var again = await host.PostEventAsync(envelope);
        await host.IdleAsync();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single(host.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task Events_WithDifferentIds_AreEachProcessed()
    {
        await host.PostEventAsync(SlackPayloads.Mention("aide", eventId: "EvA"));
        await host.PostEventAsync(SlackPayloads.Mention("aide", eventId: "EvB"));
        await host.IdleAsync();

        Assert.Equal(2, host.Slack.CallsTo("chat.postMessage").Count);
    }

    [Fact]
    public async Task DirectMessage_FromAPerson_IsAnsweredInTheDm()
    {
        await host.PostEventAsync(SlackPayloads.DirectMessage("help", user: "UBOB"));
        await host.IdleAsync();

        var post = Assert.Single(host.Slack.CallsTo("chat.postMessage"));
        Assert.Equal("D0001", post["channel"]);
        Assert.Contains("\"team\":\"T0001\"", (await host.ReferenceAsync("conversation:D0001"))!.Json);
        Assert.Contains("\"user\":\"UBOB\"", (await host.ReferenceAsync("user:UBOB"))!.Json);
    }

    [Fact]
    public async Task Messages_FromTheBotOrOtherBots_AreIgnored()
    {
        await host.PostEventAsync(SlackPayloads.DirectMessage("aide", user: FakeSlackApi.BotUserId, eventId: "EvSelf"));
        await host.PostEventAsync(SlackPayloads.DirectMessage("aide", user: "UOTHER", eventId: "EvBot", botId: "B0002"));
        var edited = SlackPayloads.DirectMessage("aide", eventId: "EvEdit");
        edited["event"]!["subtype"] = "message_changed";
        await host.PostEventAsync(edited);
        await host.IdleAsync();

        Assert.Empty(host.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task ChannelMessage_WithoutMention_IsIgnored()
    {
        var envelope = SlackPayloads.DirectMessage("aide", channel: "C0001");
        envelope["event"]!["channel_type"] = "channel";

        await host.PostEventAsync(envelope);
        await host.IdleAsync();

        Assert.Empty(host.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task UserText_WithBroadcastMentionAndAmpersand_IsShownLiterally()
    {
        // What Slack sends when a user types "<!channel> <@U123> & co" literally, and a real mention of U123.
        await host.PostEventAsync(SlackPayloads.Mention("echo zut &lt;!channel&gt; &lt;@U123&gt; &amp; <@U123> <!here>"));
        await host.IdleAsync();

        var post = Assert.Single(host.Slack.CallsTo("chat.postMessage"));
        foreach (var sent in new[] { post["text"], post["blocks"] })
        {
            Assert.DoesNotContain("<!channel>", sent);
            Assert.DoesNotContain("<@U123>", sent);
            Assert.DoesNotContain("<!here>", sent);
            Assert.DoesNotContain("& ", sent);
        }

        var text = post.Blocks[1]!["text"]!["text"]!.GetValue<string>();
        Assert.Equal("zut &lt;!channel&gt; &lt;@U123&gt; &amp; @U123 @here", text);
        Assert.Equal("false", post["link_names"]);
        var mention = Assert.Single(Assert.Single(echo.Turns).Mentions);
        Assert.Equal(("slack", "U123", "Real U123"), (mention.Platform, mention.Id, mention.Name));
    }

    [Fact]
    public async Task UnknownCommand_QuotingABroadcast_QuotesItLiterally()
    {
        await host.PostEventAsync(SlackPayloads.Mention("&lt;!channel&gt; &amp; <!channel>"));
        await host.IdleAsync();

        var post = Assert.Single(host.Slack.CallsTo("chat.postMessage"));
        Assert.Contains("« &lt;!channel&gt; &amp; @channel »", post["text"]);
        Assert.DoesNotContain("<!channel>", post["blocks"]);
    }

    [Fact]
    public async Task BotJoiningAChannel_IsTheInstallation_AndPostsTheWelcome()
    {
        var joined = SlackPayloads.Envelope("EvJoin", new JsonObject
        {
            ["type"] = "member_joined_channel",
            ["user"] = FakeSlackApi.BotUserId,
            ["channel"] = "C0042",
            ["channel_type"] = "C",
            ["team"] = SlackPayloads.Team,
            ["inviter"] = "UBOB",
        });

        await host.PostEventAsync(joined);
        await host.IdleAsync();

        // The welcome, then (charter capability) the alliance-created card for the inviter.
        var posts = host.Slack.CallsTo("chat.postMessage");
        Assert.All(posts, p => Assert.Equal("C0042", p["channel"]));
        Assert.Equal("Welcome to the alliance", posts[0].Blocks[0]!["text"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task SomeoneElseJoiningAChannel_IsNotAnInstallation()
    {
        var joined = SlackPayloads.Envelope("EvJoin2", new JsonObject
        {
            ["type"] = "member_joined_channel",
            ["user"] = "UCAROL",
            ["channel"] = "C0042",
            ["channel_type"] = "C",
        });

        await host.PostEventAsync(joined);
        await host.IdleAsync();

        Assert.Empty(host.Slack.CallsTo("chat.postMessage"));
    }
}
