using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Coretet.Bot.Tests.Support;

/// <summary>How a <see cref="BotHost"/> starts: configuration overrides and service overrides (applied after Program's).</summary>
public sealed class BotHostOptions
{
    internal Dictionary<string, string?> Settings { get; } = new(StringComparer.OrdinalIgnoreCase);

    internal List<Action<IServiceCollection>> ServiceOverrides { get; } = [];

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
