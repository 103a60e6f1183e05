namespace Coretet.Bot.Channels.BotFramework.Outbound;

/// <summary>The bearer token for Connector calls, or null when the bot runs without an app id (fact sheet §2.4).</summary>
public interface IConnectorTokenProvider
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
