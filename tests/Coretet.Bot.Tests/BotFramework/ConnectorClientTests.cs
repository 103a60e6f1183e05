using System.Net;
using Coretet.Bot.Channels.BotFramework.Outbound;
using Coretet.Bot.Channels.BotFramework.Schema;
using Coretet.Bot.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Coretet.Bot.Tests.BotFramework;

public class ConnectorClientTests
{
    private static readonly TeamsUser Alice = TeamsClient.User("Alice");

    [Fact]
    public async Task Reply_After429WithRetryAfter1_IsRetriedAfterAboutASecondAndSucceeds()
    {
        await using var bot = await BotHost.StartAsync();
        bot.Connector.FailNext(1, HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(1));

        var replies = await bot.Teams.SendAsync(Alice, "aide");

        Assert.Contains("Ce que je sais faire", replies.Single().CardText);
        var attempts = bot.Connector.Calls;
        Assert.Equal([429, 200], attempts.Select(c => c.Status));
        Assert.InRange((attempts[1].At - attempts[0].At).TotalSeconds, 0.9, 5);
    }

    [Fact]
    public async Task Reply_FiveServiceUnavailable_GivesUpWithLoggedErrorAndNoCrash()
    {
        await using var bot = await BotHost.StartAsync();
        bot.Connector.FailNext(5, HttpStatusCode.ServiceUnavailable);

        var replies = await bot.Teams.SendAsync(Alice, "aide");

        Assert.Equal(200, replies.Status);
        Assert.Empty(replies);
        Assert.Equal(5, bot.Connector.Calls.Count(c => c.Status == 503));
        Assert.True(bot.Logs.Contains(LogLevel.Error, "giving up"));
        Assert.Contains("Ce que je sais faire", (await bot.Teams.SendAsync(Alice, "aide")).Single().CardText);
    }

    [Theory]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Send_TransientStatus_IsRetried(HttpStatusCode status)
    {
        await using var bot = await BotHost.StartAsync();
        bot.Connector.FailNext(2, status);

        var replies = await bot.Teams.SendAsync(Alice, "aide");

        Assert.Single(replies);
        Assert.Equal(3, bot.Connector.Calls.Count);
    }

    [Fact]
    public async Task Send_BadRequest_IsNotRetried()
    {
        await using var bot = await BotHost.StartAsync();
        bot.Connector.FailNext(1, HttpStatusCode.BadRequest);

        var replies = await bot.Teams.SendAsync(Alice, "aide");

        Assert.Empty(replies);
        Assert.Single(bot.Connector.Calls);
    }

    [Fact]
    public async Task Update_Put_ReplacesTheEarlierMessage()
    {
        await using var bot = await BotHost.StartAsync();
        var posted = (await bot.Teams.SendAsync(Alice, "aide")).Single();
        var client = bot.Get<ConnectorClient>();

        await client.UpdateAsync(bot.Connector.ServiceUrl.ToString(), posted.ConversationId, posted.MessageId, new Activity { Type = "message", Text = "remplacé" }, default);

        var update = bot.Connector.Calls[^1];
        Assert.Equal("PUT", update.Method);
        Assert.Equal("remplacé", bot.Connector.Message(posted.MessageId)?.Text);
        Assert.Equal(posted.MessageId, update.Activity!.Id);
    }

    [Fact]
    public async Task Delete_RemovesTheMessage()
    {
        await using var bot = await BotHost.StartAsync();
        var posted = (await bot.Teams.SendAsync(Alice, "aide")).Single();

        await bot.Get<ConnectorClient>().DeleteAsync(bot.Connector.ServiceUrl.ToString(), posted.ConversationId, posted.MessageId, default);

        Assert.Equal(ConnectorOperation.Delete, bot.Connector.Calls[^1].Operation);
        Assert.Null(bot.Connector.Message(posted.MessageId));
    }

    [Fact]
    public async Task Send_ConversationIdWithReservedCharacters_IsEscapedInThePath()
    {
        await using var bot = await BotHost.StartAsync();
        const string id = "19:abc@thread.tacv2;messageid=1632474074231";

        await bot.Get<ConnectorClient>().SendAsync(bot.Connector.ServiceUrl.ToString(), id, new Activity { Type = "message", Text = "x" }, default);

        var call = bot.Connector.Calls.Single();
        Assert.Equal("/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1632474074231/activities", call.RawPath);
        Assert.Equal(id, call.ConversationId);
    }

    [Fact]
    public async Task Members_FollowsContinuationTokens()
    {
        await using var bot = await BotHost.StartAsync();
        var roster = Enumerable.Range(0, 1100).Select(i => new ChannelAccount { Id = $"29:user{i}", Name = $"User {i}" }).ToList();
        bot.Connector.SetMembers("19:team@thread.tacv2", roster);

        var members = await bot.Get<ConnectorClient>().GetMembersAsync(bot.Connector.ServiceUrl.ToString(), "19:team@thread.tacv2", default);

        Assert.Equal(roster.Select(r => r.Id), members.Select(m => m.Id));
        Assert.Equal(3, bot.Connector.Calls.Count(c => c.Operation == ConnectorOperation.Members));
    }

    [Fact]
    public async Task Send_WithAppId_CarriesTheBotToken()
    {
        await using var bot = await BotHost.StartAsync(o => o.Set("MicrosoftAppId", "app").Set("MicrosoftAppPassword", "secret"));

        await bot.Get<ConnectorClient>().SendAsync(bot.Connector.ServiceUrl.ToString(), "c1", new Activity { Type = "message", Text = "x" }, default);

        Assert.Equal("Bearer fake-connector-token", bot.Connector.Calls.Single().Authorization);
    }
}
