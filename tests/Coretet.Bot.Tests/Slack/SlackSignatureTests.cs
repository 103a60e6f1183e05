using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Coretet.Bot.Tests.Slack.Support;

namespace Coretet.Bot.Tests.Slack;

public sealed class SlackSignatureTests : IAsyncLifetime
{
    private SlackHost host = null!;

    public async Task InitializeAsync() => host = await SlackHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task UrlVerification_Signed_AnswersTheChallenge()
    {
        var body = new JsonObject { ["token"] = "x", ["challenge"] = "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", ["type"] = "url_verification" };

        var response = await host.PostEventAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", json.RootElement.GetProperty("challenge").GetString());
    }

    [Fact]
    public async Task UrlVerification_BadSignature_Is401()
    {
        var body = new JsonObject { ["challenge"] = "abc", ["type"] = "url_verification" };

        var response = await host.PostEventAsync(body, r => Replace(r, "X-Slack-Signature", "v0=" + new string('0', 64)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("abc", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Event_BadSignature_Is401AndNothingProcessed()
    {
        var response = await host.PostEventAsync(SlackPayloads.Mention("aide"), r => Replace(r, "X-Slack-Signature", SlackSigner.Sign(r.Headers.GetValues("X-Slack-Request-Timestamp").Single(), "other body")));

        await AssertRefusedAsync(response);
    }

    [Fact]
    public async Task Event_SignedWithAnotherSecret_Is401AndNothingProcessed()
    {
        var envelope = SlackPayloads.Mention("aide");
        var response = await host.PostEventAsync(envelope, r => Replace(r, "X-Slack-Signature",
            SlackSigner.Sign(r.Headers.GetValues("X-Slack-Request-Timestamp").Single(), envelope.ToJsonString(), "another-secret")));

        await AssertRefusedAsync(response);
    }

    [Fact]
    public async Task Event_MissingSignature_Is401AndNothingProcessed()
    {
        var response = await host.PostEventAsync(SlackPayloads.Mention("aide"), r => r.Headers.Remove("X-Slack-Signature"));

        await AssertRefusedAsync(response);
    }

    [Fact]
    public async Task Event_SixMinuteOldTimestamp_Is401AndNothingProcessed()
    {
        var envelope = SlackPayloads.Mention("aide");
        var old = SlackSigner.Timestamp(DateTimeOffset.UtcNow.AddMinutes(-6));

        var response = await host.PostEventAsync(envelope, r =>
        {
            Replace(r, "X-Slack-Request-Timestamp", old);
            Replace(r, "X-Slack-Signature", SlackSigner.Sign(old, envelope.ToJsonString()));
        });

        await AssertRefusedAsync(response);
    }

    [Fact]
    public async Task Event_FourMinuteOldTimestamp_IsAccepted()
    {
        var envelope = SlackPayloads.Mention("aide");
        var recent = SlackSigner.Timestamp(DateTimeOffset.UtcNow.AddMinutes(-4));

        var response = await host.PostEventAsync(envelope, r =>
        {
            Replace(r, "X-Slack-Request-Timestamp", recent);
            Replace(r, "X-Slack-Signature", SlackSigner.Sign(recent, envelope.ToJsonString()));
        });
        await host.IdleAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(host.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task Command_BadSignature_Is401AndNothingProcessed()
    {
        var body = string.Join('&', SlackPayloads.Command("aide").Select(f => $"{f.Key}={Uri.EscapeDataString(f.Value)}"));

        var response = await host.PostAsync("/api/slack/commands", body, "application/x-www-form-urlencoded", r => Replace(r, "X-Slack-Signature", "v0=deadbeef"));

        await AssertRefusedAsync(response);
    }

    [Fact]
    public async Task Interaction_MissingTimestamp_Is401AndNothingProcessed()
    {
        var body = "payload=" + Uri.EscapeDataString(SlackPayloads.BlockAction("{\"v\":\"echo.submit\"}").ToJsonString());

        var response = await host.PostAsync("/api/slack/interactions", body, "application/x-www-form-urlencoded", r => r.Headers.Remove("X-Slack-Request-Timestamp"));

        await AssertRefusedAsync(response);
    }

    [Fact]
    public async Task SslCheck_Unsigned_IsAnsweredAndProcessesNothing()
    {
        var response = await host.PostAsync("/api/slack/commands", "ssl_check=1&token=x", "application/x-www-form-urlencoded", r => r.Headers.Remove("X-Slack-Signature"));
        await host.IdleAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(host.Slack.Calls);
    }

    private async Task AssertRefusedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await host.IdleAsync();
        Assert.Empty(host.Slack.Calls);
        Assert.Null(await host.ReferenceAsync("user:UALICE"));
    }

    private static void Replace(HttpRequestMessage request, string header, string value)
    {
        request.Headers.Remove(header);
        request.Headers.Add(header, value);
    }
}
