using Coretet.Bot.Channels.Slack;
using Coretet.Bot.Tests.Slack.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Coretet.Bot.Tests.Slack;

public sealed class SlackApiClientTests : IAsyncLifetime
{
    private FakeSlackApi slack = null!;
    private SlackApiClient api = null!;

    public async Task InitializeAsync()
    {
        slack = await FakeSlackApi.StartAsync();
        var options = Options.Create(new SlackOptions { BotToken = "xoxb-1", ApiBaseUrl = slack.BaseUrl, ChannelMessageInterval = TimeSpan.Zero });
        api = new SlackApiClient(new OneClientFactory(), options, new SlackChannelPacer(options, TimeProvider.System), TimeProvider.System, NullLogger<SlackApiClient>.Instance);
    }

    public async Task DisposeAsync() => await slack.DisposeAsync();

    [Fact]
    public async Task OkFalse_BecomesASlackApiExceptionWithSlacksCode()
    {
        slack.Overrides["chat.update"] = _ => FakeSlackApi.Error("cant_update_message");

        var error = await Assert.ThrowsAsync<SlackApiException>(() => api.UpdateAsync("C1", "1.2", Message(), CancellationToken.None));

        Assert.Equal(("chat.update", "cant_update_message"), (error.Method, error.Error));
    }

    [Fact]
    public async Task RateLimited_WaitsForRetryAfter_ThenRetries()
    {
        var attempts = 0;
        slack.Overrides["chat.postMessage"] = _ => Interlocked.Increment(ref attempts) == 1 ? RateLimited() : null;

        var (channel, ts) = await api.PostMessageAsync("C1", Message(), null, CancellationToken.None);

        Assert.Equal(2, slack.CallsTo("chat.postMessage").Count);
        Assert.Equal("C1", channel);
        Assert.False(string.IsNullOrEmpty(ts));
    }

    [Fact]
    public async Task RateLimited_Persistently_GivesUpAfterTheRetries()
    {
        slack.Overrides["chat.postMessage"] = _ => RateLimited();

        var error = await Assert.ThrowsAsync<SlackApiException>(() => api.PostMessageAsync("C1", Message(), null, CancellationToken.None));

        Assert.Equal("ratelimited", error.Error);
        Assert.Equal(1 + new SlackOptions().MaxRateLimitRetries, slack.CallsTo("chat.postMessage").Count);
    }

    [Fact]
    public async Task Calls_CarryTheBotTokenAndFormEncodedBlocks()
    {
        await api.PostEphemeralAsync("C1", "U1", Message(), "9.9", CancellationToken.None);

        var call = Assert.Single(slack.CallsTo("chat.postEphemeral"));
        Assert.Equal("Bearer xoxb-1", call.Authorization);
        Assert.Equal(("C1", "U1", "9.9"), (call["channel"], call["user"], call["thread_ts"]));
        Assert.Equal("section", call.Blocks[0]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task UsersInfo_GivesLocaleTimeZoneAndName()
    {
        slack.Locales["U7"] = "en-US";

        var profile = await api.GetUserAsync("U7", CancellationToken.None);

        Assert.Equal(new SlackUserProfile("U7", "Real U7", "en-US", "Europe/Paris"), profile);
    }

    [Fact]
    public async Task UploadFile_UsesTheExternalUploadFlow()
    {
        await api.UploadFileAsync("C1", null, "allies.csv", "a,b\n"u8.ToArray(), "Les alliés", CancellationToken.None);

        Assert.Equal(["files.getUploadURLExternal", "upload", "files.completeUploadExternal"], slack.Calls.Select(c => c.Method));
        Assert.Equal("a,b\n", slack.CallsTo("upload")[0].Body);
        Assert.Contains("\"F1\"", slack.CallsTo("files.completeUploadExternal")[0]["files"]);
    }

    [Fact]
    public void Pacer_SpacesMessagesOfOneChannel_ButNotOfDifferentChannels()
    {
        var options = Options.Create(new SlackOptions { ChannelMessageInterval = TimeSpan.FromSeconds(1) });
        var pacer = new SlackChannelPacer(options, TimeProvider.System);
        var now = DateTimeOffset.UnixEpoch;

        Assert.Equal(TimeSpan.Zero, pacer.Reserve("C1", now));
        Assert.Equal(TimeSpan.FromSeconds(1), pacer.Reserve("C1", now));
        Assert.Equal(TimeSpan.FromSeconds(2), pacer.Reserve("C1", now));
        Assert.Equal(TimeSpan.Zero, pacer.Reserve("C2", now));
        Assert.Equal(TimeSpan.Zero, pacer.Reserve("C1", now.AddSeconds(10)));
    }

    private static IResult RateLimited() =>
        new RetryAfterResult();

    private static SlackMessage Message() =>
        new("hi", [new System.Text.Json.Nodes.JsonObject { ["type"] = "section", ["text"] = new System.Text.Json.Nodes.JsonObject { ["type"] = "mrkdwn", ["text"] = "hi" } }]);

    private sealed class RetryAfterResult : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            httpContext.Response.Headers.RetryAfter = "0";
            await httpContext.Response.WriteAsync("{\"ok\":false,\"error\":\"ratelimited\"}");
        }
    }

    private sealed class OneClientFactory : IHttpClientFactory
    {
        private static readonly HttpClient Client = new();

        public HttpClient CreateClient(string name) => Client;
    }
}
