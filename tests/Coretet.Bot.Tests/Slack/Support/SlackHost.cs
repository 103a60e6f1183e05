using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Coretet.Bot.Channels;
using Coretet.Bot.Channels.Slack;
using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Coretet.Bot.Tests.Slack.Support;

/// <summary>
/// The real host (<see cref="BotHost"/>: Kestrel, embedded storage, the real reply dispatcher) with Slack
/// configured against a <see cref="FakeSlackApi"/>, plus optional test flows. Requests are signed like Slack signs them.
/// </summary>
internal sealed class SlackHost : IAsyncDisposable
{
    private SlackHost(BotHost bot, FakeSlackApi slack)
    {
        Bot = bot;
        Slack = slack;
    }

    public BotHost Bot { get; }

    public FakeSlackApi Slack { get; }

    public IServiceProvider Services => Bot.Services;

    public static Task<SlackHost> StartAsync(params Flow[] flows) => StartAsync(flows, null, null);

    public static async Task<SlackHost> StartAsync(Flow[] flows, Action<FakeSlackApi>? prepare, Action<BotHostOptions>? configure)
    {
        var slack = await FakeSlackApi.StartAsync();
        prepare?.Invoke(slack);
        var bot = await BotHost.StartAsync(o =>
        {
            o.Set("Slack:SigningSecret", SlackSigner.Secret)
                .Set("Slack:BotToken", "xoxb-test-token")
                .Set("Slack:ApiBaseUrl", slack.BaseUrl.ToString())
                .Set("Slack:ChannelMessageInterval", "00:00:00")
                .ConfigureServices(services =>
                {
                    foreach (var flow in flows)
                        services.AddSingleton<Flow>(flow);
                });
            configure?.Invoke(o);
        });
        return new SlackHost(bot, slack);
    }

    public Task<HttpResponseMessage> PostEventAsync(JsonObject envelope, Action<HttpRequestMessage>? tamper = null) =>
        PostAsync("api/slack/events", envelope.ToJsonString(), "application/json", tamper);

    public Task<HttpResponseMessage> PostCommandAsync(IDictionary<string, string> fields) =>
        PostAsync("api/slack/commands", Form(fields), "application/x-www-form-urlencoded");

    public Task<HttpResponseMessage> PostInteractionAsync(JsonObject payload) =>
        PostAsync("api/slack/interactions", Form(new Dictionary<string, string> { ["payload"] = payload.ToJsonString() }), "application/x-www-form-urlencoded");

    public async Task<HttpResponseMessage> PostAsync(string path, string body, string contentType, Action<HttpRequestMessage>? tamper = null)
    {
        // Signed at the host's own time, so that tests moving the clock (deadlines, schedules) stay within the replay window.
        var timestamp = SlackSigner.Timestamp(Services.GetRequiredService<TimeProvider>().GetUtcNow());
        using var request = new HttpRequestMessage(HttpMethod.Post, path.TrimStart('/'))
        {
            Content = new StringContent(body, Encoding.UTF8, MediaTypeHeaderValue.Parse(contentType)),
        };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", SlackSigner.Sign(timestamp, body));
        tamper?.Invoke(request);
        return await Bot.Http.SendAsync(request);
    }

    /// <summary>Waits until every acknowledged request has been processed.</summary>
    public async Task IdleAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await Services.GetRequiredService<SlackWorkQueue>().WhenIdleAsync(timeout.Token);
    }

    public Task<ConversationReferenceRecord?> ReferenceAsync(string key) =>
        Services.GetRequiredService<IConversationReferenceStore>().FindAsync("slack", key);

    public Task<IReadOnlyList<PostedCard>> PostedCardsAsync(string cardKey) =>
        Services.GetRequiredService<IPostedCardStore>().ListAsync(cardKey);

    private static string Form(IDictionary<string, string> fields) =>
        string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Slack.DisposeAsync();
    }
}
