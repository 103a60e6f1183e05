using System.Net;
using System.Text.Json;
using Coretet.Bot.Tests.Support;

namespace Coretet.Bot.Tests.BotFramework;

public class MessagesEndpointTests
{
    private static readonly TeamsUser Alice = TeamsClient.User("Alice", "fr-FR");

    [Fact]
    public async Task Help_FromFrenchUser_ReplyArrivesAtConnectorInFrench()
    {
        await using var bot = await BotHost.StartAsync();

        var reply = (await bot.Teams.SendAsync(Alice, "aide")).Single();

        Assert.Equal(Support.ConnectorOperation.Reply, reply.Operation);
        Assert.Contains("Ce que je sais faire", reply.CardText);
        Assert.Equal(FakeConnector.PersonalConversationId(Alice.Id), reply.ConversationId);
    }

    [Fact]
    public async Task Help_FromEnglishUser_ReplyArrivesInEnglish()
    {
        await using var bot = await BotHost.StartAsync();

        var reply = (await bot.Teams.SendAsync(Alice with { Locale = "en-US" }, "help")).Single();

        Assert.Contains("What I can do", reply.CardText);
        Assert.Equal("1.5", (string?)reply.Card!["version"]);
    }

    [Fact]
    public async Task HelpAndWelcomeCards_PassTheOfficialRenderer()
    {
        await using var bot = await BotHost.StartAsync();

        var help = (await bot.Teams.SendAsync(Alice, "aide")).Single();
        var welcome = (await bot.Teams.InstallAsync(bot.Teams.Personal(Alice), Alice)).Single();

        await OfficialCardRenderer.AssertValidAsync(help.Card, welcome.Card);
    }

    [Fact]
    public async Task EveryActivity_StoresTheConversationReference_AndRefreshesItsServiceUrl()
    {
        await using var bot = await BotHost.StartAsync();
        var channel = bot.Teams.Channel("General");
        await bot.Teams.SendAsync(Alice, "aide", channel);
        var moved = bot.Teams.NewActivity("typing", Alice, channel);
        moved.ServiceUrl = "http://127.0.0.1:9/moved/";

        await bot.Teams.SendActivityAsync(moved);

        var store = bot.Get<Coretet.Bot.Channels.IConversationReferenceStore>();
        var conversation = await store.FindAsync("msteams", "conversation:" + channel.Id);
        var user = await store.FindAsync("msteams", "user:" + Alice.Id);
        Assert.Contains("\"serviceUrl\":\"http://127.0.0.1:9/moved/\"", conversation!.Json, StringComparison.Ordinal);
        Assert.Contains("\"tenantId\":\"tenant-1\"", conversation.Json, StringComparison.Ordinal);
        Assert.Contains("\"botId\":\"28:coretet-bot\"", user!.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_InChannelWithBotMention_MentionIsStrippedBeforeRouting()
    {
        await using var bot = await BotHost.StartAsync();
        var channel = bot.Teams.Channel("général");

        var replies = await bot.Teams.SendAsync(Alice, "aide", channel);

        Assert.Contains("Ce que je sais faire", replies.Single().CardText);
        Assert.Equal(channel.Id, replies.Single().ConversationId);
    }

    [Fact]
    public async Task UnknownCommand_GetsHelpfulAnswerInUserLanguage()
    {
        await using var bot = await BotHost.StartAsync();

        var replies = await bot.Teams.SendAsync(Alice with { Locale = "en-GB" }, "dance please");

        Assert.Contains("I didn't understand", replies.Single().Text);
    }

    [Fact]
    public async Task Install_InTeamChannel_PostsWelcome()
    {
        await using var bot = await BotHost.StartAsync();

        var replies = await bot.Teams.InstallAsync(bot.Teams.Channel("General"), Alice);

        // The charter capability adds its own "alliance created" card after the welcome.
        Assert.Contains("Bienvenue dans l'alliance", replies[0].CardText);
    }

    [Fact]
    public async Task BotAddedToGroupChat_PostsWelcome()
    {
        await using var bot = await BotHost.StartAsync();

        var replies = await bot.Teams.AddBotAsync(bot.Teams.GroupChat("Projet"), Alice with { Locale = "en-US" });

        Assert.Contains("Welcome to the alliance", replies[0].CardText);
    }

    [Fact]
    public async Task Install_AnnouncedTwiceByTeams_WelcomesOnce()
    {
        await using var bot = await BotHost.StartAsync();
        var chat = bot.Teams.GroupChat("Projet");

        var first = await bot.Teams.InstallAsync(chat, Alice);
        var second = await bot.Teams.AddBotAsync(chat, Alice);
        var elsewhere = await bot.Teams.AddBotAsync(bot.Teams.GroupChat("Autre"), Alice);

        static bool IsWelcome(string card) => card.Contains("Bienvenue dans l'alliance", StringComparison.Ordinal);
        Assert.Single(first, r => IsWelcome(r.CardText));
        Assert.Empty(second);
        Assert.Single(elsewhere, r => IsWelcome(r.CardText));
    }

    [Theory]
    [InlineData("{not json", "not a valid activity")]
    [InlineData("""{"conversation":{"id":"c1"},"serviceUrl":"http://127.0.0.1:1/"}""", "'type'")]
    [InlineData("""{"type":"message","serviceUrl":"http://127.0.0.1:1/"}""", "'conversation.id'")]
    [InlineData("""{"type":"message","conversation":{"id":"c1"}}""", "'serviceUrl'")]
    [InlineData("""{"type":"message","conversation":{"id":"c1"},"serviceUrl":"http://127.0.0.1:1/"}""", "'from.id'")]
    [InlineData("[1,2]", "not a valid activity")]
    [InlineData("null", "JSON activity object")]
    [InlineData("""{"type":"message","from":5,"conversation":{"id":"c1"},"serviceUrl":"http://127.0.0.1:1/"}""", "not a valid activity")]
    public async Task MalformedBody_Returns400WithReason(string body, string reason)
    {
        await using var bot = await BotHost.StartAsync();

        using var response = await bot.Teams.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(bot.Connector.Calls);
    }

    [Fact]
    public async Task BodyOver256KB_Returns413()
    {
        await using var bot = await BotHost.StartAsync();
        var activity = bot.Teams.NewActivity("message", Alice, bot.Teams.Personal(Alice));
        activity.Text = new string('x', 256 * 1024);

        using var response = await bot.Teams.PostAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(bot.Connector.Calls);
    }

    [Fact]
    public async Task ChunkedBodyOver256KB_Returns413()
    {
        await using var bot = await BotHost.StartAsync();
        var big = new string(' ', 300 * 1024) + "{}";
        using var content = new PushContent(big);
        using var response = await bot.Http.PostAsync("api/messages", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Activity_WithWrongCaseAndUnknownFields_IsAccepted()
    {
        await using var bot = await BotHost.StartAsync();
        var activity = bot.Teams.NewActivity("message", Alice with { Locale = "en-US" }, bot.Teams.Personal(Alice));
        activity.Text = "help";
        var json = JsonSerializer.Serialize(activity, Coretet.Bot.Channels.BotFramework.Schema.BotFrameworkJson.Options)
            .Replace("\"text\"", "\"TEXT\"", StringComparison.Ordinal)
            .Replace("{\"type\"", "{\"futureField\":{\"a\":1},\"type\"", StringComparison.Ordinal);

        using var response = await bot.Teams.PostRawAsync(json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(bot.Connector.Calls, c => c.Body.Contains("What I can do", StringComparison.Ordinal));
    }

    [Fact]
    public async Task IgnoredActivityTypes_AreAcknowledgedWithoutReply()
    {
        await using var bot = await BotHost.StartAsync();

        var typing = await bot.Teams.SendActivityAsync(bot.Teams.NewActivity("typing", Alice, bot.Teams.Personal(Alice)));
        var reaction = await bot.Teams.SendActivityAsync(bot.Teams.NewActivity("messageReaction", Alice, bot.Teams.Personal(Alice)));

        Assert.Equal(200, typing.Status);
        Assert.Empty(typing);
        Assert.Empty(reaction);
    }

    /// <summary>A body sent without Content-Length (chunked).</summary>
    private sealed class PushContent(string text) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(text)).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
