using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Coretet.Bot.Channels.Slack;

/// <summary>
/// users.info answers (name, locale, time zone) cached for a while, and the bot's own user id. When Slack cannot
/// tell, a turn still goes on: French, no time zone, the id as name.
/// </summary>
internal sealed partial class SlackUserDirectory(
    SlackApiClient api, IOptions<SlackOptions> options, TimeProvider clock, ILogger<SlackUserDirectory> logger)
{
    private readonly ConcurrentDictionary<string, (SlackUserProfile Profile, DateTimeOffset Expires)> cache = new(StringComparer.Ordinal);
    private string? botUserId;

    public async Task<SlackUserProfile> GetAsync(string userId, string? fallbackName, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (cache.TryGetValue(userId, out var cached) && cached.Expires > now)
            return cached.Profile;
        try
        {
            var profile = await api.GetUserAsync(userId, cancellationToken);
            cache[userId] = (profile, now + options.Value.UserCacheDuration);
            return profile;
        }
        catch (Exception ex) when (ex is SlackApiException or HttpRequestException)
        {
            LogUserInfoFailed(logger, userId, ex);
            return new SlackUserProfile(userId, fallbackName ?? userId, null, null);
        }
    }

    /// <summary>The bot's user id: configured, else from the envelope's authorizations, else auth.test (cached).</summary>
    public async Task<string?> GetBotUserIdAsync(string? fromEnvelope, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(options.Value.BotUserId))
            return options.Value.BotUserId;
        if (!string.IsNullOrWhiteSpace(fromEnvelope))
            return botUserId = fromEnvelope;
        if (botUserId is not null)
            return botUserId;
        try
        {
            return botUserId = await api.GetBotUserIdAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is SlackApiException or HttpRequestException)
        {
            LogAuthTestFailed(logger, ex);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack users.info failed for {UserId}; using defaults")]
    private static partial void LogUserInfoFailed(ILogger logger, string userId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack auth.test failed; cannot recognise the bot's own messages")]
    private static partial void LogAuthTestFailed(ILogger logger, Exception exception);
}
