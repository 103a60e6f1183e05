using Azure.Core;
using Azure.Identity;

namespace Coretet.Bot.Channels.BotFramework.Outbound;

/// <summary>
/// Tokens from Azure.Identity per <c>MicrosoftAppType</c> (fact sheet §3.1): a client secret against the bot's
/// tenant (SingleTenant) or <c>botframework.com</c> (MultiTenant), or the user-assigned managed identity.
/// Azure.Identity caches and refreshes the token.
/// </summary>
public sealed class ConnectorTokenProvider(BotFrameworkOptions options) : IConnectorTokenProvider
{
    public const string Scope = "https://api.botframework.com/.default";

    private readonly TokenCredential? credential = CreateCredential(options);

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (credential is null)
            return null;
        var token = await credential.GetTokenAsync(new TokenRequestContext([Scope]), cancellationToken);
        return token.Token;
    }

    public static TokenCredential? CreateCredential(BotFrameworkOptions options)
    {
        if (!options.IsAuthenticated)
            return null;
        return options.AppType switch
        {
            BotAppType.UserAssignedMSI => new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.AppId!)),
            BotAppType.SingleTenant => new ClientSecretCredential(options.AppTenantId, options.AppId, options.AppPassword),
            _ => new ClientSecretCredential(AuthorityTenant(options), options.AppId, options.AppPassword),
        };
    }

    /// <summary>Multi-tenant bots get their token from the "Bot Framework" tenant; single-tenant ones from their own.</summary>
    public static string AuthorityTenant(BotFrameworkOptions options) =>
        options.AppType == BotAppType.MultiTenant ? "botframework.com" : options.AppTenantId!;
}
