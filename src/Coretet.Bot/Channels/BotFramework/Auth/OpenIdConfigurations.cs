using System.Collections.Concurrent;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Coretet.Bot.Channels.BotFramework.Auth;

/// <summary>
/// One cached <see cref="ConfigurationManager{T}"/> per metadata URL (fact sheet §2.6): keys refreshed every
/// 12 hours, and at once (at most every 5 minutes per URL) when a token names a key id the cache does not know.
/// Plain http is accepted for loopback metadata only (tests, local issuers).
/// </summary>
public sealed class OpenIdConfigurations(IHttpClientFactory httpClients, TimeProvider time)
{
    public const string HttpClientName = "BotFramework.OpenId";

    public static readonly TimeSpan MinimumForcedRefreshInterval = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, ConfigurationManager<OpenIdConnectConfiguration>> managers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> forced = new(StringComparer.Ordinal);

    public ConfigurationManager<OpenIdConnectConfiguration> For(string metadataUrl) => managers.GetOrAdd(metadataUrl, Create);

    /// <summary>
    /// Replaces the cached configuration by a fresh one, unless that was done less than 5 minutes ago (a stream of
    /// tokens with made-up key ids must not hammer the issuer). IdentityModel's own RequestRefresh refreshes in the
    /// background, too late for the request that needs the new key.
    /// </summary>
    public bool TryForceRefresh(string metadataUrl)
    {
        var now = time.GetUtcNow();
        var last = forced.GetValueOrDefault(metadataUrl, DateTimeOffset.MinValue);
        if (now - last < MinimumForcedRefreshInterval || !forced.TryUpdate(metadataUrl, now, last) && !forced.TryAdd(metadataUrl, now))
            return false;
        managers[metadataUrl] = Create(metadataUrl);
        return true;
    }

    private ConfigurationManager<OpenIdConnectConfiguration> Create(string url) => new(
        url,
        new OpenIdConnectConfigurationRetriever(),
        new HttpDocumentRetriever(httpClients.CreateClient(HttpClientName)) { RequireHttps = !BotFrameworkAuthenticator.IsLoopback(url) })
    {
        AutomaticRefreshInterval = TimeSpan.FromHours(12),
    };
}
