using System.Net;
using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Coretet.Bot.Tests.BotFramework;

public sealed class AuthenticationTests : IAsyncLifetime
{
    private const string AppId = "6f1c2a9e-0d55-4a52-9c1e-2b7f4e8d9a10";

    private static readonly TeamsUser Alice = TeamsClient.User("Alice", "en-US");

    private readonly SpyFlow spy = new();
    private LocalOpenIdIssuer issuer = null!;
    private BotHost bot = null!;

    public async Task InitializeAsync()
    {
        issuer = await LocalOpenIdIssuer.StartAsync();
        bot = await BotHost.StartAsync(o => o
            .Set("MicrosoftAppId", AppId)
            .Set("MicrosoftAppPassword", "not-a-real-secret")
            .Set("BotFramework:OpenIdMetadataUrl", issuer.MetadataUrl)
            .Set("BotFramework:Issuer", issuer.Issuer)
            .ConfigureServices(s => s.AddSingleton<Flow>(spy)));
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await issuer.DisposeAsync();
    }

    [Fact]
    public async Task ValidToken_IsAccepted_AndRepliesCarryTheBotToken()
    {
        bot.Teams.Token = a => issuer.CreateToken(AppId, a.ServiceUrl);

        var replies = await bot.Teams.SendAsync(Alice, "spy");

        Assert.Equal(1, spy.Turns);
        Assert.Equal("Bearer fake-connector-token", replies.Single().Call.Authorization);
    }

    [Fact]
    public async Task TokenExpiredWithinFiveMinuteSkew_IsAccepted()
    {
        bot.Teams.Token = a => issuer.CreateToken(AppId, a.ServiceUrl, notBefore: DateTime.UtcNow.AddHours(-1), expires: DateTime.UtcNow.AddMinutes(-3));

        await bot.Teams.SendAsync(Alice, "spy");

        Assert.Equal(1, spy.Turns);
    }

    public static TheoryData<string> RejectedTokens =>
    [
        "expired", "not-yet-valid", "wrong-audience", "wrong-issuer", "wrong-key", "unknown-key-id", "alg-none",
        "no-serviceurl", "other-serviceurl", "not-endorsed", "garbage", "no-header", "basic-scheme",
    ];

    [Theory]
    [MemberData(nameof(RejectedTokens))]
    public async Task BadToken_Returns401AndNeverReachesAFlow(string kind)
    {
        var activity = bot.Teams.NewActivity("message", Alice, bot.Teams.Personal(Alice));
        activity.Text = "spy";
        var url = activity.ServiceUrl!;
        var now = DateTime.UtcNow;
        string? token = kind switch
        {
            "expired" => issuer.CreateToken(AppId, url, notBefore: now.AddHours(-2), expires: now.AddMinutes(-6)),
            "not-yet-valid" => issuer.CreateToken(AppId, url, notBefore: now.AddMinutes(6), expires: now.AddHours(1)),
            "wrong-audience" => issuer.CreateToken("00000000-0000-0000-0000-000000000000", url),
            "wrong-issuer" => issuer.CreateToken(AppId, url, issuer: "https://evil.test"),
            "wrong-key" => issuer.CreateToken(AppId, url, key: new RsaSecurityKey(issuer.UnpublishedKey.Rsa) { KeyId = issuer.SigningKey.KeyId }),
            "unknown-key-id" => issuer.CreateToken(AppId, url, key: issuer.UnpublishedKey),
            "alg-none" => issuer.CreateUnsignedToken(AppId, url),
            "no-serviceurl" => issuer.CreateToken(AppId, null),
            "other-serviceurl" => issuer.CreateToken(AppId, "https://smba.trafficmanager.net/emea/"),
            "not-endorsed" => issuer.CreateToken(AppId, url),
            "garbage" => "not.a.jwt",
            _ => null,
        };
        if (kind == "not-endorsed")
            activity.ChannelId = "slack";
        var body = System.Text.Json.JsonSerializer.Serialize(activity, Coretet.Bot.Channels.BotFramework.Schema.BotFrameworkJson.Options);

        using var response = kind == "basic-scheme"
            ? await PostWithSchemeAsync(body, "Basic", "YWxpY2U6c2VjcmV0")
            : await bot.Teams.PostRawAsync(body, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, spy.Turns);
        Assert.Empty(bot.Connector.Calls);
        Assert.True(bot.Logs.Contains(Microsoft.Extensions.Logging.LogLevel.Warning, "Unauthorized activity"));
    }

    [Fact]
    public async Task NewSigningKey_IsFetchedOnceWhenATokenNamesIt()
    {
        bot.Teams.Token = a => issuer.CreateToken(AppId, a.ServiceUrl);
        await bot.Teams.SendAsync(Alice, "spy");
        var rotated = LocalOpenIdIssuer.NewKey("key-2");
        issuer.Publish(rotated, "msteams");
        bot.Teams.Token = a => issuer.CreateToken(AppId, a.ServiceUrl, key: rotated);

        await bot.Teams.SendAsync(Alice, "spy");

        Assert.Equal(2, spy.Turns);
        Assert.Equal(2, issuer.KeysRequests);
    }

    [Fact]
    public async Task Metadata_IsCachedAcrossRequests()
    {
        bot.Teams.Token = a => issuer.CreateToken(AppId, a.ServiceUrl);

        for (var i = 0; i < 3; i++)
            await bot.Teams.SendAsync(Alice, "spy");

        Assert.Equal(3, spy.Turns);
        Assert.Equal(1, issuer.MetadataRequests);
        Assert.Equal(1, issuer.KeysRequests);
    }

    private async Task<HttpResponseMessage> PostWithSchemeAsync(string body, string scheme, string value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(scheme, value);
        return await bot.Http.SendAsync(request);
    }
}
