using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Coretet.Bot.Tests.Support;

/// <summary>How a <see cref="BotHost"/> starts: configuration overrides and service overrides (applied after Program's).</summary>
public sealed class BotHostOptions
{
    internal Dictionary<string, string?> Settings { get; } = new(StringComparer.OrdinalIgnoreCase);

    internal List<Action<IServiceCollection>> ServiceOverrides { get; } = [];

    internal FakeConnector? SharedConnector { get; private set; }

    /// <summary>A configuration key, as in appsettings (<c>MicrosoftAppId</c>, <c>BotFramework:Issuer</c>...).</summary>
    public BotHostOptions Set(string key, string? value)
    {
        Settings[key] = value;
        return this;
    }

    public BotHostOptions ConfigureServices(Action<IServiceCollection> configure)
    {
        ServiceOverrides.Add(configure);
        return this;
    }

    /// <summary>
    /// Use <paramref name="connector"/> (owned by the caller, not disposed with the host) instead of a fresh one: several
    /// hosts then play instances behind one Teams (pair it with a shared <c>Storage:EmbeddedPath</c> or <c>ConnectionStrings:Tables</c>).
    /// </summary>
    public BotHostOptions UseConnector(FakeConnector connector)
    {
        SharedConnector = connector;
        return this;
    }

    /// <summary>Replaces the host's clock (e.g. a manual test clock for deadlines and schedules).</summary>
    public BotHostOptions UseTime(TimeProvider time) => ConfigureServices(s => s.AddSingleton(time));

    /// <summary>Replaces (or adds) a singleton service.</summary>
    public BotHostOptions Replace<TService>(TService instance)
        where TService : class => ConfigureServices(s =>
        {
            s.RemoveAll<TService>();
            s.AddSingleton(instance);
        });
}
