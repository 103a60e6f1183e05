using System.Collections.Concurrent;
using Coretet.Bot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Coretet.Bot.Tests.Storage;

/// <summary>A host with only <c>AddStorage</c>, a temporary content root and captured logs.</summary>
internal sealed class StorageHost : IDisposable
{
    private readonly IHost host;

    public StorageHost(IDictionary<string, string?>? settings = null)
    {
        ContentRoot = Path.Combine(Path.GetTempPath(), "coretet-host-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(ContentRoot);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = ContentRoot, DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Logging.AddProvider(new CapturingLoggerProvider(Logs));
        builder.Services.AddStorage(builder.Configuration);
        host = builder.Build();
    }

    public string ContentRoot { get; }

    public ConcurrentQueue<string> Logs { get; } = new();

    public IServiceProvider Services => host.Services;

    public Task StartAsync() => host.StartAsync();

    public void Dispose()
    {
        host.Dispose();
        Directory.Delete(ContentRoot, recursive: true);
    }

    private sealed class CapturingLoggerProvider(ConcurrentQueue<string> logs) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Enqueue(formatter(state, exception));

        public void Dispose()
        {
        }
    }
}
