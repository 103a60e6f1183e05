using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Coretet.Bot.Channels;
using Coretet.Bot.Channels.Slack;
using Coretet.Bot.Dialogs.Claims;
using Coretet.Bot.Dialogs.Routing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Coretet.Bot.Tests.Slack.Support;

/// <summary>
/// The real host in-process with Slack configured against a <see cref="FakeSlackApi"/>; storage and the reply
/// dispatcher replaced by in-memory fakes; an optional test flow. Requests are signed like Slack signs them.
/// </summary>
internal sealed class SlackHost : WebApplicationFactory<Program>
{
    private readonly FakeSlackApi slack;
    private readonly Flow[] flows;

    private SlackHost(FakeSlackApi slack, Flow[] flows)
    {
        this.slack = slack;
        this.flows = flows;
    }

    /// <summary>Extra configuration (e.g. <c>Slack:AppToken</c> for Socket Mode), set before the host starts.</summary>
    public Dictionary<string, string> Settings { get; } = [];

    public FakeSlackApi Slack => slack;

    public InMemoryClaimStore Claims { get; } = new();

    public InMemoryConversationReferenceStore References { get; } = new();

    public InMemoryPostedCardStore PostedCards { get; } = new();

    public RecordingReplyDispatcher Dispatcher { get; } = new();

    public static async Task<SlackHost> StartAsync(params Flow[] flows) => new(await FakeSlackApi.StartAsync(), flows);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Slack:SigningSecret", SlackSigner.Secret);
        builder.UseSetting("Slack:BotToken", "xoxb-test-token");
        builder.UseSetting("Slack:ApiBaseUrl", slack.BaseUrl.ToString());
        builder.UseSetting("Slack:ChannelMessageInterval", "00:00:00");
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IClaimStore>().AddSingleton<IClaimStore>(Claims);
            services.RemoveAll<IConversationReferenceStore>().AddSingleton<IConversationReferenceStore>(References);
            services.RemoveAll<IPostedCardStore>().AddSingleton<IPostedCardStore>(PostedCards);
            services.RemoveAll<IReplyDispatcher>().AddSingleton<IReplyDispatcher>(Dispatcher);
            foreach (var flow in flows)
                services.AddSingleton<Flow>(flow);
        });
    }

    public Task<HttpResponseMessage> PostEventAsync(JsonObject envelope, Action<HttpRequestMessage>? tamper = null) =>
        PostAsync("/api/slack/events", envelope.ToJsonString(), "application/json", tamper);

    public Task<HttpResponseMessage> PostCommandAsync(IDictionary<string, string> fields) =>
        PostAsync("/api/slack/commands", Form(fields), "application/x-www-form-urlencoded");

    public Task<HttpResponseMessage> PostInteractionAsync(JsonObject payload) =>
        PostAsync("/api/slack/interactions", Form(new Dictionary<string, string> { ["payload"] = payload.ToJsonString() }), "application/x-www-form-urlencoded");

    public async Task<HttpResponseMessage> PostAsync(string path, string body, string contentType, Action<HttpRequestMessage>? tamper = null)
    {
        var timestamp = SlackSigner.Timestamp(DateTimeOffset.UtcNow);
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(body, Encoding.UTF8, MediaTypeHeaderValue.Parse(contentType)),
        };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", SlackSigner.Sign(timestamp, body));
        tamper?.Invoke(request);
        return await CreateClient().SendAsync(request);
    }

    /// <summary>Waits until every acknowledged request has been processed.</summary>
    public async Task IdleAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await Services.GetRequiredService<SlackWorkQueue>().WhenIdleAsync(timeout.Token);
    }

    private static string Form(IDictionary<string, string> fields) =>
        string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await slack.DisposeAsync();
    }
}
