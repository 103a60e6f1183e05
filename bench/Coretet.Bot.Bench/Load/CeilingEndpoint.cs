using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Coretet.Bot.Bench.Load;

/// <summary>The machine's ceiling for this HTTP work: a minimal ASP.NET Core endpoint that reads the body and answers 200.</summary>
public sealed class CeilingEndpoint : IAsyncDisposable
{
    private readonly WebApplication app;

    private CeilingEndpoint(WebApplication app) => this.app = app;

    public Uri BaseAddress => new(app.Urls.First() + "/");

    public static async Task<CeilingEndpoint> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/api/messages", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            await reader.ReadToEndAsync();
            return Results.Ok();
        });
        await app.StartAsync();
        return new CeilingEndpoint(app);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
