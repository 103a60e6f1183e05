using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Coretet.Bot.Tests.Support;

/// <summary>
/// A local OpenID issuer on loopback, shaped like the Bot Framework one (fact sheet §2.1): metadata at
/// <see cref="MetadataUrl"/>, a keys document whose keys carry <c>endorsements</c>. Keys are RSA keys generated
/// in the test. <see cref="CreateToken"/> signs tokens; <see cref="UnpublishedKey"/> signs tokens nobody trusts.
/// </summary>
public sealed class LocalOpenIdIssuer : IAsyncDisposable
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, RSA> Keys = new(StringComparer.Ordinal);

    private readonly WebApplication app;
    private readonly List<(RsaSecurityKey Key, string[] Endorsements)> published = [];
    private int metadataRequests;
    private int keysRequests;

    private LocalOpenIdIssuer(WebApplication app, string issuer)
    {
        this.app = app;
        Issuer = issuer;
        app.MapGet("/v1/.well-known/openidconfiguration", Metadata);
        app.MapGet("/v1/.well-known/keys", KeysDocument);
    }

    /// <summary>The <c>iss</c> of the tokens (configure it as <c>BotFramework:Issuer</c>).</summary>
    public string Issuer { get; }

    public string MetadataUrl { get; private set; } = "";

    public RsaSecurityKey SigningKey => published[0].Key;

    public RsaSecurityKey UnpublishedKey { get; } = NewKey("unpublished");

    public int MetadataRequests => metadataRequests;

    public int KeysRequests => keysRequests;

    /// <summary>Starts an issuer whose first key is endorsed for <paramref name="endorsements"/> (default msteams).</summary>
    public static async Task<LocalOpenIdIssuer> StartAsync(string issuer = "https://issuer.test", params string[] endorsements)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var local = new LocalOpenIdIssuer(builder.Build(), issuer);
        local.Publish(NewKey("key-1"), endorsements.Length == 0 ? ["msteams", "emulator"] : endorsements);
        await local.app.StartAsync();
        local.MetadataUrl = local.app.Urls.First() + "/v1/.well-known/openidconfiguration";
        return local;
    }

    /// <summary>An RSA key named <paramref name="kid"/>; generated once per test run and name (key generation is slow).</summary>
    public static RsaSecurityKey NewKey(string kid) => new(Keys.GetOrAdd(kid, _ => RSA.Create(2048))) { KeyId = kid };

    /// <summary>Adds a key to the keys document (key rotation); an empty endorsement list publishes none (Entra keys).</summary>
    public void Publish(RsaSecurityKey key, params string[] endorsements)
    {
        lock (published)
            published.Add((key, endorsements));
    }

    /// <summary>A signed token; every part can be changed to make it wrong.</summary>
    public string CreateToken(string audience, string? serviceUrl, RsaSecurityKey? key = null, DateTime? notBefore = null, DateTime? expires = null, string? issuer = null, IDictionary<string, object>? claims = null)
    {
        var now = DateTime.UtcNow;
        var all = new Dictionary<string, object>(claims ?? new Dictionary<string, object>());
        if (serviceUrl is not null)
            all["serviceurl"] = serviceUrl;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer,
            Audience = audience,
            NotBefore = notBefore ?? now.AddMinutes(-1),
            Expires = expires ?? now.AddHours(1),
            IssuedAt = (notBefore ?? now.AddMinutes(-1)).AddSeconds(-1),
            Claims = all,
            SigningCredentials = new SigningCredentials(key ?? SigningKey, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>An unsigned token (<c>alg: none</c>) with otherwise valid claims.</summary>
    public string CreateUnsignedToken(string audience, string serviceUrl)
    {
        var now = DateTimeOffset.UtcNow;
        var header = new JsonObject { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = SigningKey.KeyId };
        var payload = new JsonObject
        {
            ["iss"] = Issuer,
            ["aud"] = audience,
            ["serviceurl"] = serviceUrl,
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
        };
        return $"{Base64UrlEncoder.Encode(header.ToJsonString())}.{Base64UrlEncoder.Encode(payload.ToJsonString())}.";
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private IResult Metadata(HttpContext context)
    {
        Interlocked.Increment(ref metadataRequests);
        var baseUrl = $"{context.Request.Scheme}://{context.Request.Host}";
        return Results.Json(new JsonObject
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = baseUrl + "/v1/authorize",
            ["jwks_uri"] = baseUrl + "/v1/.well-known/keys",
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
        });
    }

    private IResult KeysDocument()
    {
        Interlocked.Increment(ref keysRequests);
        var keys = new JsonArray();
        lock (published)
        {
            foreach (var (key, endorsements) in published)
            {
                var parameters = key.Rsa.ExportParameters(false);
                var jwk = new JsonObject
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["kid"] = key.KeyId,
                    ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                    ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                };
                if (endorsements.Length > 0)
                    jwk["endorsements"] = new JsonArray([.. endorsements.Select(e => (JsonNode)e)]);
                keys.Add(jwk);
            }
        }

        return Results.Text(new JsonObject { ["keys"] = keys }.ToJsonString(), "application/json", Encoding.UTF8);
    }
}
