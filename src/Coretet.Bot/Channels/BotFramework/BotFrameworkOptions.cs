namespace Coretet.Bot.Channels.BotFramework;

/// <summary>
/// Bot Framework settings. The app identity uses the Bot Framework's own root keys (<c>MicrosoftAppId</c>, ...);
/// the rest lives in the <c>BotFramework</c> section. See docs/botframework.md.
/// </summary>
public sealed class BotFrameworkOptions
{
    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    public const string DefaultIssuer = "https://api.botframework.com";

    /// <summary>Entra metadata for single-tenant tokens; <c>{tenant}</c> is replaced by <see cref="AppTenantId"/>.</summary>
    public const string DefaultEntraOpenIdMetadataUrl = "https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration";

    /// <summary><c>MicrosoftAppId</c>: empty means local development without authentication.</summary>
    public string? AppId { get; set; }

    /// <summary><c>MicrosoftAppPassword</c>: the client secret (SingleTenant, MultiTenant).</summary>
    public string? AppPassword { get; set; }

    /// <summary><c>MicrosoftAppTenantId</c>: required for SingleTenant and UserAssignedMSI.</summary>
    public string? AppTenantId { get; set; }

    /// <summary><c>MicrosoftAppType</c>: SingleTenant, MultiTenant (default) or UserAssignedMSI.</summary>
    public BotAppType AppType { get; set; } = BotAppType.MultiTenant;

    /// <summary><c>BotFramework:OpenIdMetadataUrl</c>.</summary>
    public string OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;

    /// <summary><c>BotFramework:Issuer</c>.</summary>
    public string Issuer { get; set; } = DefaultIssuer;

    /// <summary><c>BotFramework:EntraOpenIdMetadataUrl</c>.</summary>
    public string EntraOpenIdMetadataUrl { get; set; } = DefaultEntraOpenIdMetadataUrl;

    /// <summary><c>BotFramework:AllowRemoteUnauthenticated</c>: without an app id, also accept non-loopback callers (never in production).</summary>
    public bool AllowRemoteUnauthenticated { get; set; }

    /// <summary><c>BotFramework:Connector:MaxAttempts</c>: attempts per Connector call on 429/412/502/503/504 and on network failures a retry cannot double.</summary>
    public int ConnectorMaxAttempts { get; set; } = 5;

    /// <summary><c>BotFramework:Connector:RetryBaseDelay</c>: first backoff when no Retry-After is given (doubles each time, with jitter).</summary>
    public TimeSpan ConnectorRetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary><c>BotFramework:Connector:MaxRetryAfter</c>: a longer Retry-After is capped to this.</summary>
    public TimeSpan ConnectorMaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    public bool IsAuthenticated => !string.IsNullOrWhiteSpace(AppId);

    public static BotFrameworkOptions From(IConfiguration configuration)
    {
        var options = new BotFrameworkOptions
        {
            AppId = configuration["MicrosoftAppId"]?.Trim(),
            AppPassword = configuration["MicrosoftAppPassword"],
            AppTenantId = configuration["MicrosoftAppTenantId"]?.Trim(),
        };
        var type = configuration["MicrosoftAppType"];
        if (!string.IsNullOrWhiteSpace(type))
        {
            options.AppType = Enum.TryParse<BotAppType>(type.Trim(), ignoreCase: true, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"MicrosoftAppType '{type}' is not SingleTenant, MultiTenant or UserAssignedMSI.");
        }

        configuration.GetSection("BotFramework").Bind(options);
        var connector = configuration.GetSection("BotFramework:Connector");
        options.ConnectorMaxAttempts = connector.GetValue("MaxAttempts", options.ConnectorMaxAttempts);
        options.ConnectorRetryBaseDelay = connector.GetValue("RetryBaseDelay", options.ConnectorRetryBaseDelay);
        options.ConnectorMaxRetryAfter = connector.GetValue("MaxRetryAfter", options.ConnectorMaxRetryAfter);
        options.Validate();
        return options;
    }

    private void Validate()
    {
        if (!IsAuthenticated)
            return;
        if (AppType is BotAppType.SingleTenant or BotAppType.UserAssignedMSI && string.IsNullOrWhiteSpace(AppTenantId))
            throw new InvalidOperationException($"MicrosoftAppTenantId is required when MicrosoftAppType is {AppType}.");
        if (AppType == BotAppType.UserAssignedMSI && !string.IsNullOrEmpty(AppPassword))
            throw new InvalidOperationException("MicrosoftAppPassword must be empty when MicrosoftAppType is UserAssignedMSI.");
        if (AppType != BotAppType.UserAssignedMSI && string.IsNullOrEmpty(AppPassword))
            throw new InvalidOperationException($"MicrosoftAppPassword is required when MicrosoftAppType is {AppType}.");
        if (ConnectorMaxAttempts < 1)
            throw new InvalidOperationException("BotFramework:Connector:MaxAttempts must be at least 1.");
    }
}
