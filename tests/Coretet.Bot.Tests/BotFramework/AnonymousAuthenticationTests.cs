using System.Net;
using Coretet.Bot.Channels.BotFramework;
using Coretet.Bot.Channels.BotFramework.Auth;
using Coretet.Bot.Channels.BotFramework.Schema;
using Coretet.Bot.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Coretet.Bot.Tests.BotFramework;

public class AnonymousAuthenticationTests
{
    private static readonly Activity Local = new() { Type = "message", ServiceUrl = "http://127.0.0.1:5000/", Conversation = new ConversationAccount { Id = "c" } };

    [Fact]
    public async Task NoAppId_LoopbackWithoutHeader_IsAccepted()
    {
        var result = await Authenticator(new BotFrameworkOptions()).AuthenticateAsync(Context(IPAddress.Loopback), Local, default);

        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task NoAppId_RemoteCaller_IsRejected()
    {
        var result = await Authenticator(new BotFrameworkOptions()).AuthenticateAsync(Context(IPAddress.Parse("10.1.2.3")), Local, default);

        Assert.False(result.Succeeded);
        Assert.Contains("non-loopback address", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoAppId_NonLoopbackServiceUrl_IsRejected()
    {
        var remote = new Activity { Type = "message", ServiceUrl = "https://smba.trafficmanager.net/emea/", Conversation = new ConversationAccount { Id = "c" } };

        var result = await Authenticator(new BotFrameworkOptions()).AuthenticateAsync(Context(IPAddress.Loopback), remote, default);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task NoAppId_RemoteCallerWhenExplicitlyAllowed_IsAccepted()
    {
        var options = new BotFrameworkOptions { AllowRemoteUnauthenticated = true };

        var result = await Authenticator(options).AuthenticateAsync(Context(IPAddress.Parse("10.1.2.3")), Local, default);

        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task NoAppId_RequestWithToken_Returns401OverHttp()
    {
        await using var bot = await BotHost.StartAsync();
        var alice = TeamsClient.User("Alice");
        bot.Teams.Token = _ => "some.token.value";

        using var response = await bot.Teams.PostAsync(bot.Teams.NewActivity("message", alice, bot.Teams.Personal(alice)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bot.Connector.Calls);
    }

    [Fact]
    public async Task NoAppId_StartUp_LogsUnauthenticatedWarning()
    {
        await using var bot = await BotHost.StartAsync();

        Assert.True(bot.Logs.Contains(Microsoft.Extensions.Logging.LogLevel.Warning, "UNAUTHENTICATED"));
    }

    [Fact]
    public async Task NoAppId_RepliesCarryNoToken()
    {
        await using var bot = await BotHost.StartAsync();

        var replies = await bot.Teams.SendAsync(TeamsClient.User("Alice"), "aide");

        Assert.Null(replies.Single().Call.Authorization);
    }

    private static BotFrameworkAuthenticator Authenticator(BotFrameworkOptions options) =>
        new(options, new ChannelTokenValidator(options, new OpenIdConfigurations(new NoHttp(), TimeProvider.System)));

    private static DefaultHttpContext Context(IPAddress remote)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = remote;
        return context;
    }

    private sealed class NoHttp : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => throw new InvalidOperationException("No HTTP in this test.");
    }
}
