using System.Net;
using Coretet.Bot.Tests.Support;

namespace Coretet.Bot.Tests.BotFramework;

public class EntraAuthenticationTests
{
    private const string AppId = "0b7d4c61-2f0e-4b8a-a3d5-9c6e1f2a7b30";
    private const string Tenant = "3c9e5a1f-7b2d-4e6c-8a0f-1d2b3c4e5f60";

    private static readonly TeamsUser Alice = TeamsClient.User("Alice", "en-US");

    private static async Task<Rig> StartAsync(string appType)
    {
        var entra = await LocalOpenIdIssuer.StartAsync($"https://login.microsoftonline.com/{Tenant}/v2.0");
        var channel = await LocalOpenIdIssuer.StartAsync();
        var bot = await BotHost.StartAsync(o => o
            .Set("MicrosoftAppId", AppId)
            .Set("MicrosoftAppPassword", "not-a-real-secret")
            .Set("MicrosoftAppTenantId", Tenant)
            .Set("MicrosoftAppType", appType)
            .Set("BotFramework:OpenIdMetadataUrl", channel.MetadataUrl)
            .Set("BotFramework:Issuer", channel.Issuer)
            .Set("BotFramework:EntraOpenIdMetadataUrl", entra.MetadataUrl));
        return new Rig(entra, channel, bot);
    }

    [Fact]
    public async Task SingleTenant_EntraTokenOfOwnTenant_IsAccepted()
    {
        await using var rig = await StartAsync("SingleTenant");
        var (entra, bot) = (rig.Entra, rig.Bot);
        bot.Teams.Token = a => entra.CreateToken(AppId, null, claims: new Dictionary<string, object> { ["tid"] = Tenant });

        var replies = await bot.Teams.SendAsync(Alice, "help");

        Assert.Contains("What I can do", replies.Single().CardText);
    }

    [Fact]
    public async Task SingleTenant_EntraTokenNamingAnotherTenant_Returns401()
    {
        await using var rig = await StartAsync("SingleTenant");
        var (entra, bot) = (rig.Entra, rig.Bot);
        bot.Teams.Token = a => entra.CreateToken(AppId, null, claims: new Dictionary<string, object> { ["tid"] = "another-tenant" });

        using var response = await bot.Teams.PostAsync(Message(bot));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bot.Connector.Calls);
    }

    [Fact]
    public async Task MultiTenant_EntraToken_Returns401()
    {
        await using var rig = await StartAsync("MultiTenant");
        var (entra, bot) = (rig.Entra, rig.Bot);
        bot.Teams.Token = a => entra.CreateToken(AppId, null, claims: new Dictionary<string, object> { ["tid"] = Tenant });

        using var response = await bot.Teams.PostAsync(Message(bot));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static Coretet.Bot.Channels.BotFramework.Schema.Activity Message(BotHost bot)
    {
        var activity = bot.Teams.NewActivity("message", Alice, bot.Teams.Personal(Alice));
        activity.Text = "help";
        return activity;
    }

    private sealed record Rig(LocalOpenIdIssuer Entra, LocalOpenIdIssuer Channel, BotHost Bot) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Bot.DisposeAsync();
            await Channel.DisposeAsync();
            await Entra.DisposeAsync();
        }
    }
}
