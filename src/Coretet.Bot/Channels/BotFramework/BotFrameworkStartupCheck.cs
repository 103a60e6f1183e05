namespace Coretet.Bot.Channels.BotFramework;

/// <summary>Says loudly at start-up when the bot accepts unauthenticated requests (no MicrosoftAppId, fact sheet §2.4).</summary>
internal sealed partial class BotFrameworkStartupCheck(BotFrameworkOptions options, ILogger<BotFrameworkStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.IsAuthenticated)
        {
            if (options.AllowRemoteUnauthenticated)
                LogOpen(logger);
            else
                LogLoopbackOnly(logger);
        }
        else
        {
            LogAuthenticated(logger, options.AppType);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "No MicrosoftAppId configured: the bot runs UNAUTHENTICATED and accepts only loopback requests without a token (local development).")]
    private static partial void LogLoopbackOnly(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No MicrosoftAppId configured and BotFramework:AllowRemoteUnauthenticated is true: ANYONE who can reach /api/messages can talk to the bot. Never do this in production.")]
    private static partial void LogOpen(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Bot Framework authentication on ({AppType}).")]
    private static partial void LogAuthenticated(ILogger logger, BotAppType appType);
}
