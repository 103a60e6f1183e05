using Coretet.Bot.Hosting;

namespace Coretet.Bot.Files;

/// <summary>
/// The address users' browsers reach the bot at: <c>Bot:PublicBaseUrl</c> when set (behind a proxy or a tunnel it
/// must be); otherwise the scheme and host of the request being answered; otherwise the first of <c>urls</c>.
/// </summary>
public sealed class PublicBaseUrl(IConfiguration configuration, IHttpContextAccessor http)
{
    public const string ConfigurationKey = "Bot:PublicBaseUrl";

    public string Resolve()
    {
        if (configuration[ConfigurationKey] is { Length: > 0 } configured)
            return configured.TrimEnd('/');
        if (http.HttpContext?.Request is { Host.HasValue: true } request)
            return $"{request.Scheme}://{request.Host}{request.PathBase}".TrimEnd('/');
        var first = (configuration["urls"] ?? HostingExtensions.DefaultUrl).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0];
        return first.Replace("://*", "://localhost", StringComparison.Ordinal)
            .Replace("://+", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
            .TrimEnd('/');
    }
}
