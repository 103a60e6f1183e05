using System.Net;
using Coretet.Bot.Channels.BotFramework.Schema;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Coretet.Bot.Channels.BotFramework.Auth;

/// <summary>
/// Inbound authentication (fact sheet §2). With an app id: a Bot Framework channel token (or, for a single-tenant
/// bot, an Entra token of its own tenant), see <see cref="ChannelTokenValidator"/>. Without one (local development):
/// only requests without an Authorization header, from loopback, whose serviceUrl is loopback too, unless
/// <c>BotFramework:AllowRemoteUnauthenticated</c>.
/// </summary>
public sealed class BotFrameworkAuthenticator(BotFrameworkOptions options, ChannelTokenValidator validator)
{
    public async Task<AuthenticationResult> AuthenticateAsync(HttpContext context, Activity activity, CancellationToken cancellationToken)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!options.IsAuthenticated)
            return Anonymous(context, activity, header);
        if (string.IsNullOrWhiteSpace(header))
            return AuthenticationResult.Fail("no Authorization header");
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal) || header.Length <= 7)
            return AuthenticationResult.Fail("the Authorization scheme is not Bearer");
        return await validator.ValidateAsync(header[7..].Trim(), activity, cancellationToken);
    }

    private AuthenticationResult Anonymous(HttpContext context, Activity activity, string header)
    {
        if (!string.IsNullOrWhiteSpace(header))
            return AuthenticationResult.Fail("an Authorization header was sent but no MicrosoftAppId is configured");
        if (options.AllowRemoteUnauthenticated)
            return AuthenticationResult.Success;
        if (context.Connection.RemoteIpAddress is not { } remote || !IPAddress.IsLoopback(remote))
            return AuthenticationResult.Fail($"unauthenticated request from non-loopback address {context.Connection.RemoteIpAddress}");
        return IsLoopback(activity.ServiceUrl)
            ? AuthenticationResult.Success
            : AuthenticationResult.Fail("unauthenticated request with a non-loopback serviceUrl");
    }

    public static bool IsLoopback(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.IsLoopback;

    /// <summary>Reads the unverified issuer to choose the validation path; never trusted on its own.</summary>
    internal static string? PeekIssuer(string token)
    {
        try
        {
            return new JsonWebToken(token).Issuer;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
