using System.Collections.Concurrent;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Coretet.Bot.Channels.BotFramework.Auth;

/// <summary>
/// One cached <see cref="ConfigurationManager{T}"/> per metadata URL (fact sheet §2.6): keys refreshed every
/// 12 hours, and on demand (at most every 5 minutes) when a token names a key id the cache does not know.
/// Plain http is accepted for loopback metadata only (tests, local issuers).
/// </summary>
public sealed class OpenIdConfigurations(IHttpClientFactory httpClients)
{
    public const string HttpClientName = "BotFramework.OpenId";

    private readonly ConcurrentDictionary<string, ConfigurationManager<OpenIdConnectConfiguration>> managers = new(StringComparer.Ordinal);

    public ConfigurationManager<OpenIdConnectConfiguration> For(string metadataUrl) =>
        managers.GetOrAdd(metadataUrl, url => new ConfigurationManager<OpenIdConnectConfiguration>(
            url,
            new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever(httpClients.CreateClient(HttpClientName)) { RequireHttps = !BotFrameworkAuthenticator.IsLoopback(url) })
        {
            AutomaticRefreshInterval = TimeSpan.FromHours(12),
        });
}
