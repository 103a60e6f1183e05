using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Coretet.Bot.Bench.Capture;

/// <summary>
/// A loopback Bot Framework Connector that enforces Teams' limits: at most <c>perConversation</c> messages a second
/// in one conversation and <c>overall</c> a second in total (sliding one-second windows). Over the limit it answers
/// 429 with <c>Retry-After: 1</c>. Counts accepted sends per conversation and refusals.
/// </summary>
internal sealed class RateLimitedConnector(int perConversation, int overall) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Queue<long>> windows = new();
    private readonly Queue<long> global = new();
    private WebApplication? app;
    private long refused;

    public ConcurrentDictionary<string, int> Accepted { get; } = new();

    public long Refused => Interlocked.Read(ref refused);

    public string ServiceUrl { get; private set; } = "";

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        app = builder.Build();
        app.MapPost("/v3/conversations", (HttpContext _) => Results.Json(new { id = "a:" + Guid.NewGuid().ToString("N") }));
        app.MapPost("/v3/conversations/{id}/activities", (string id, HttpContext context) => Send(id, context));
        await app.StartAsync();
        ServiceUrl = app.Urls.First() + "/";
    }

    private IResult Send(string conversationId, HttpContext context)
    {
        var now = Environment.TickCount64;
        var window = windows.GetOrAdd(conversationId, _ => new Queue<long>());
        lock (global)
        {
            lock (window)
            {
                Trim(global, now);
                Trim(window, now);
                if (global.Count >= overall || window.Count >= perConversation)
                {
                    Interlocked.Increment(ref refused);
                    context.Response.Headers.RetryAfter = "1";
                    return Results.StatusCode(StatusCodes.Status429TooManyRequests);
                }

                global.Enqueue(now);
                window.Enqueue(now);
            }
        }

        Accepted.AddOrUpdate(conversationId, 1, (_, n) => n + 1);
        return Results.Json(new { id = "m" + Guid.NewGuid().ToString("N") }, statusCode: StatusCodes.Status201Created);
    }

    private static void Trim(Queue<long> window, long now)
    {
        while (window.Count > 0 && now - window.Peek() >= 1000)
            window.Dequeue();
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
            await app.DisposeAsync();
    }
}
