using System.Text.Json;
using Coretet.Bot.Channels.BotFramework.Schema;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Coretet.Bot.Channels.BotFramework.Auth;

/// <summary>
/// Validates a bearer token (fact sheet §2.1, §2.3): signature by a published key (the key id must match, no
/// "try every key"), issuer, audience = MicrosoftAppId, lifetime with 5 minutes of skew, RS256/384/512 only. Bot
/// Framework tokens must also carry <c>serviceurl</c> = the activity's serviceUrl and be signed by a key endorsed
/// for the activity's channelId. Entra tokens are accepted only for a single-tenant bot, from its own tenant.
/// </summary>
public sealed class ChannelTokenValidator(BotFrameworkOptions options, OpenIdConfigurations configurations)
{
    private static readonly JsonWebTokenHandler Handler = new();

    public async Task<AuthenticationResult> ValidateAsync(string token, Activity activity, CancellationToken cancellationToken)
    {
        var issuer = BotFrameworkAuthenticator.PeekIssuer(token);
        if (issuer is null)
            return AuthenticationResult.Fail("the token is not a JWT");
        if (string.Equals(issuer, options.Issuer, StringComparison.Ordinal))
            return await ValidateChannelTokenAsync(token, activity, cancellationToken);
        if (EntraIssuers().Contains(issuer, StringComparer.Ordinal))
            return await ValidateEntraTokenAsync(token, issuer, cancellationToken);
        return AuthenticationResult.Fail($"issuer '{issuer}' is not accepted");
    }

    private async Task<AuthenticationResult> ValidateChannelTokenAsync(string token, Activity activity, CancellationToken cancellationToken)
    {
        var (result, configuration) = await ValidateSignedAsync(token, options.OpenIdMetadataUrl, options.Issuer, cancellationToken);
        if (!result.IsValid)
            return AuthenticationResult.Fail($"invalid channel token: {result.Exception?.GetType().Name}: {result.Exception?.Message}");
        var jwt = (JsonWebToken)result.SecurityToken;
        var serviceUrl = jwt.TryGetPayloadValue<string>("serviceurl", out var claim) ? claim : null;
        if (string.IsNullOrEmpty(serviceUrl))
            return AuthenticationResult.Fail("the channel token has no serviceurl claim");
        if (!string.Equals(serviceUrl.TrimEnd('/'), activity.ServiceUrl?.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
            return AuthenticationResult.Fail($"the serviceurl claim '{serviceUrl}' differs from the activity's serviceUrl '{activity.ServiceUrl}'");
        return Endorses(configuration, jwt.Kid, activity.ChannelId)
            ? AuthenticationResult.Success
            : AuthenticationResult.Fail($"signing key '{jwt.Kid}' is not endorsed for channel '{activity.ChannelId}'");
    }

    private async Task<AuthenticationResult> ValidateEntraTokenAsync(string token, string issuer, CancellationToken cancellationToken)
    {
        var url = options.EntraOpenIdMetadataUrl.Replace("{tenant}", options.AppTenantId, StringComparison.Ordinal);
        var (result, _) = await ValidateSignedAsync(token, url, issuer, cancellationToken);
        if (!result.IsValid)
            return AuthenticationResult.Fail($"invalid Entra token: {result.Exception?.GetType().Name}: {result.Exception?.Message}");
        var jwt = (JsonWebToken)result.SecurityToken;
        return jwt.TryGetPayloadValue<string>("tid", out var tid) && !string.Equals(tid, options.AppTenantId, StringComparison.OrdinalIgnoreCase)
            ? AuthenticationResult.Fail($"the Entra token is for tenant '{tid}', not the bot's")
            : AuthenticationResult.Success;
    }

    /// <summary>Validates; on an unknown key id, refreshes the keys once (new keys can appear any time) and retries.</summary>
    private async Task<(TokenValidationResult Result, OpenIdConnectConfiguration Configuration)> ValidateSignedAsync(
        string token, string metadataUrl, string issuer, CancellationToken cancellationToken)
    {
        var configuration = await configurations.For(metadataUrl).GetConfigurationAsync(cancellationToken);
        var result = await Handler.ValidateTokenAsync(token, Parameters(configuration, issuer));
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException && configurations.TryForceRefresh(metadataUrl))
        {
            configuration = await configurations.For(metadataUrl).GetConfigurationAsync(cancellationToken);
            result = await Handler.ValidateTokenAsync(token, Parameters(configuration, issuer));
        }

        return (result, configuration);
    }

    private TokenValidationParameters Parameters(OpenIdConnectConfiguration configuration, string issuer) => new()
    {
        ValidIssuer = issuer,
        ValidAudience = options.AppId,
        IssuerSigningKeys = configuration.SigningKeys,
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512],
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ClockSkew = TimeSpan.FromMinutes(5),
    };

    private IEnumerable<string> EntraIssuers()
    {
        if (options.AppType != BotAppType.SingleTenant || string.IsNullOrWhiteSpace(options.AppTenantId))
            return [];
        return [$"https://sts.windows.net/{options.AppTenantId}/", $"https://login.microsoftonline.com/{options.AppTenantId}/v2.0"];
    }

    /// <summary>Keys in the Bot Framework document carry an <c>endorsements</c> array of channel ids (fact sheet §2.1 step 8).</summary>
    internal static bool Endorses(OpenIdConnectConfiguration configuration, string? kid, string? channelId)
    {
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, kid, StringComparison.Ordinal));
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var raw))
            return false;
        return string.IsNullOrEmpty(channelId) || Strings(raw).Contains(channelId, StringComparer.OrdinalIgnoreCase);
    }

    private static IEnumerable<string> Strings(object? raw) => raw switch
    {
        JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!),
        string single => [single],
        System.Collections.IEnumerable items => items.Cast<object?>().Select(i => i?.ToString() ?? ""),
        _ => [],
    };
}
