using System.Net;
using Coretet.Bot.Channels.BotFramework.Outbound;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Coretet.Bot.Tests.Support;

/// <summary>
/// The real host (Program) on Kestrel at 127.0.0.1 on a free port, with a fresh temporary embedded store, a
/// <see cref="FakeConnector"/> as every activity's serviceUrl and a <see cref="TeamsClient"/> to talk to it.
/// <code>await using var bot = await BotHost.StartAsync();
/// var replies = await bot.Teams.SendAsync(TeamsClient.User("Alice"), "aide");</code>
/// </summary>
public sealed class BotHost : IAsyncDisposable
{
    private readonly Factory factory;
    private bool ownsConnector;

    private BotHost(Factory factory, FakeConnector connector, HttpClient http, string storagePath)
    {
        this.factory = factory;
        Connector = connector;
        Http = http;
        StoragePath = storagePath;
        Teams = new TeamsClient(http, connector);
    }

    public FakeConnector Connector { get; }

    public TeamsClient Teams { get; }

    /// <summary>A client whose base address is the bot (<c>http://127.0.0.1:port/</c>).</summary>
    public HttpClient Http { get; }

    public Uri BaseAddress => Http.BaseAddress!;

    public IServiceProvider Services => factory.Services;

    public LogCollector Logs => factory.Logs;

    /// <summary>The temporary <c>Storage:EmbeddedPath</c>, deleted on dispose.</summary>
    public string StoragePath { get; }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public static async Task<BotHost> StartAsync(Action<BotHostOptions>? configure = null)
    {
        var options = new BotHostOptions();
        var storage = Path.Combine(Path.GetTempPath(), "coretet-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(storage);
        options.Set("Storage:EmbeddedPath", storage)
            .Set("MicrosoftAppId", "")
            .Set("BotFramework:Connector:RetryBaseDelay", "00:00:00.020");
        configure?.Invoke(options);
        var connector = options.SharedConnector ?? await FakeConnector.StartAsync();
        var factory = new Factory(options);
        factory.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var http = new HttpClient { BaseAddress = new Uri(address + "/"), Timeout = TimeSpan.FromSeconds(60) };
        return new BotHost(factory, connector, http, storage) { ownsConnector = options.SharedConnector is null };
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await factory.DisposeAsync();
        if (ownsConnector)
            await Connector.DisposeAsync();
        try
        {
            Directory.Delete(StoragePath, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the stopping host; the temp folder is cleaned by the OS.
        }
    }

    private sealed class Factory(BotHostOptions options) : WebApplicationFactory<Program>
    {
        public LogCollector Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("urls", "http://127.0.0.1:0");
            foreach (var (key, value) in options.Settings)
                builder.UseSetting(key, value);
            builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
            builder.ConfigureTestServices(services =>
            {
                if (!string.IsNullOrEmpty(options.Settings.GetValueOrDefault("MicrosoftAppId")))
                    services.Replace(ServiceDescriptor.Singleton<IConnectorTokenProvider>(new FixedConnectorToken("fake-connector-token")));
                foreach (var configure in options.ServiceOverrides)
                    configure(services);
            });
        }
    }
}
