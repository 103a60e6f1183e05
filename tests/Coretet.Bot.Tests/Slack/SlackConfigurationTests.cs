using System.Net;
using Coretet.Bot.Tests.Support;
using Microsoft.Extensions.Options;

namespace Coretet.Bot.Tests.Slack;

public sealed class SlackConfigurationTests
{
    [Fact]
    public async Task Endpoints_WithoutABotToken_Are404()
    {
        await using var bot = await BotHost.StartAsync();

        using var content = new StringContent("{}");
        var response = await bot.Http.PostAsync("api/slack/events", content);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Startup_WithABotTokenButNoSigningSecret_Fails()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => BotHost.StartAsync(o => o.Set("Slack:BotToken", "xoxb-1")));

        Assert.Contains("Slack:SigningSecret", error.Message);
    }
}
