using Coretet.Bot.Channels.BotFramework.Outbound;

namespace Coretet.Bot.Tests.Support;

/// <summary>Outbound token for hosts started with an app id (no Entra here): the fake connector sees <c>Bearer {token}</c>.</summary>
public sealed class FixedConnectorToken(string token) : IConnectorTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(token);
}
