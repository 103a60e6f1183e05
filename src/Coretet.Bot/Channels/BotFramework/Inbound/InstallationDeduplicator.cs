using Coretet.Bot.Dialogs.Claims;
using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Channels.BotFramework.Inbound;

/// <summary>
/// Teams announces one installation twice (installationUpdate add and conversationUpdate adding the bot), maybe on
/// two instances: only the first gets the welcome. A claim per conversation and 5-minute window, taken for the
/// current and the previous window, so two announcements straddling a window boundary still count once.
/// </summary>
public sealed partial class InstallationDeduplicator(IClaimStore claims, TimeProvider time, ILogger<InstallationDeduplicator> logger)
{
    public const string Scope = "botframework.installed";

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    public async Task<bool> IsFirstAsync(ConversationRef conversation, CancellationToken cancellationToken)
    {
        var bucket = time.GetUtcNow().UtcTicks / Window.Ticks;
        try
        {
            // Both claims are always attempted: a later announcement must find the current window taken.
            var current = await claims.TryClaimAsync(Scope, $"{conversation.Key}:{bucket}", cancellationToken);
            var previous = await claims.TryClaimAsync(Scope, $"{conversation.Key}:{bucket - 1}", cancellationToken);
            return current && previous;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A welcome too many is better than none.
            LogClaimFailed(logger, conversation.Key, ex);
            return true;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not claim the installation of {Conversation}; welcoming anyway")]
    private static partial void LogClaimFailed(ILogger logger, string conversation, Exception exception);
}
