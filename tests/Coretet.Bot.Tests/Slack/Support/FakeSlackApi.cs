using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Coretet.Bot.Tests.Slack.Support;

/// <summary>One Web API call as the fake Slack received it.</summary>
internal sealed record SlackCall(string Method, IReadOnlyDictionary<string, string> Form, string? Authorization, string? Body = null)
{
    public string this[string field] => Form[field];

    public JsonNode Blocks => JsonNode.Parse(Form["blocks"])!;

    /// <summary>The message ts the fake answered (chat.postMessage).</summary>
    public string? Ts { get; set; }
}

/// <summary>
/// A local fake of Slack's Web API on a real loopback port: records every call and answers like Slack
/// (users.info locales per user, ts per posted message), or as a test overrides a method.
/// </summary>
internal sealed class FakeSlackApi : IAsyncDisposable
{
    public const string BotUserId = "UBOT";

    private readonly WebApplication app;
    private readonly ConcurrentQueue<SlackCall> calls = new();
    private int nextTs;

    private FakeSlackApi(WebApplication app) => this.app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public ConcurrentDictionary<string, string> Locales { get; } = new();

    /// <summary>Per-method answers; return null to fall back to the default answer.</summary>
    public ConcurrentDictionary<string, Func<SlackCall, IResult?>> Overrides { get; } = new();

    public IReadOnlyList<SlackCall> Calls => [.. calls];

    public IReadOnlyList<SlackCall> CallsTo(string method) => calls.Where(c => c.Method == method).ToList();

    /// <summary>Polls (no fixed sleep) until a call matches, for work that happens off the request (schedules, sweeps).</summary>
    public async Task<SlackCall> WaitForAsync(Func<SlackCall, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (DateTime.UtcNow < deadline)
        {
            if (calls.FirstOrDefault(match) is { } call)
                return call;
            await Task.Delay(20);
        }

        throw new TimeoutException("The fake Slack received no matching call; calls: " + string.Join(", ", calls.Select(c => c.Method)));
    }

    public static async Task<FakeSlackApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeSlackApi(app);
        app.UseWebSockets();
        app.Map("/link", (HttpContext http) => fake.AcceptSocketAsync(http));
        app.MapPost("/api/{method}", (string method, HttpContext http) => fake.HandleAsync(method, http));
        app.MapPost("/response/{id}", (string id, HttpContext http) => fake.HandleRawAsync("response_url", http));
        app.MapPost("/upload/{id}", (string id, HttpContext http) => fake.HandleRawAsync("upload", http));
        await app.StartAsync();
        fake.BaseUrl = new Uri(app.Urls.First().TrimEnd('/') + "/api/");
        return fake;
    }

    /// <summary>What the fake Slack does on a Socket Mode connection (send envelopes, read acks).</summary>
    public Func<System.Net.WebSockets.WebSocket, Task>? SocketSession { get; set; }

    private async Task AcceptSocketAsync(HttpContext http)
    {
        if (!http.WebSockets.IsWebSocketRequest || SocketSession is null)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        await SocketSession(socket);
    }

    public string ResponseUrl(string id) => new Uri(BaseUrl, $"/response/{id}").ToString();

    private async Task<IResult> HandleAsync(string method, HttpContext http)
    {
        var form = await http.Request.ReadFormAsync();
        var call = new SlackCall(method, form.ToDictionary(f => f.Key, f => f.Value.ToString()), http.Request.Headers.Authorization.ToString());
        calls.Enqueue(call);
        if (Overrides.TryGetValue(method, out var handler) && handler(call) is { } overridden)
            return overridden;
        var answer = Answer(call);
        call.Ts = answer["ts"]?.GetValue<string>();
        return Results.Json(answer);
    }

    private async Task<IResult> HandleRawAsync(string method, HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        calls.Enqueue(new SlackCall(method, new Dictionary<string, string>(), null, await reader.ReadToEndAsync()));
        return Results.Ok();
    }

    private JsonObject Answer(SlackCall call) => call.Method switch
    {
        "chat.postMessage" => new() { ["ok"] = true, ["channel"] = call["channel"], ["ts"] = NextTs() },
        "chat.postEphemeral" => new() { ["ok"] = true, ["message_ts"] = NextTs() },
        "apps.connections.open" => new() { ["ok"] = true, ["url"] = new UriBuilder(BaseUrl) { Scheme = "ws", Path = "/link" }.Uri.ToString() },
        "auth.test" => new() { ["ok"] = true, ["user_id"] = BotUserId, ["bot_id"] = "BBOT" },
        "conversations.open" => new() { ["ok"] = true, ["channel"] = new JsonObject { ["id"] = "D" + call["users"] } },
        "users.info" => new()
        {
            ["ok"] = true,
            ["user"] = new JsonObject
            {
                ["id"] = call["user"],
                ["name"] = call["user"].ToLowerInvariant(),
                ["real_name"] = "Real " + call["user"],
                ["locale"] = Locales.TryGetValue(call["user"], out var locale) ? locale : "fr-FR",
                ["tz"] = "Europe/Paris",
            },
        },
        "files.getUploadURLExternal" => new() { ["ok"] = true, ["upload_url"] = new Uri(BaseUrl, "/upload/F1").ToString(), ["file_id"] = "F1" },
        _ => new() { ["ok"] = true },
    };

    private string NextTs() => $"1700000000.{Interlocked.Increment(ref nextTs):D6}";

    public static IResult Error(string error) => Results.Json(new { ok = false, error });

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
