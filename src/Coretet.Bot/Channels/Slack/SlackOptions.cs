namespace Coretet.Bot.Channels.Slack;

/// <summary>Configuration section <c>Slack</c> (see docs/slack.md). Secrets come from configuration/environment only.</summary>
public sealed class SlackOptions
{
    public const string Section = "Slack";

    /// <summary>Signing Secret of the Slack app (Basic Information page). Every HTTP request is verified with it.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>Bot token (<c>xoxb-…</c>) for the Web API.</summary>
    public string? BotToken { get; set; }

    /// <summary>App-level token (<c>xapp-…</c>, scope <c>connections:write</c>) to enable Socket Mode.</summary>
    public string? AppToken { get; set; }

    /// <summary>The bot's own user id (<c>U…</c>); learnt from <c>auth.test</c> when empty.</summary>
    public string? BotUserId { get; set; }

    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>Events processed at the same time in the background.</summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>Accepted requests waiting for a worker; above that Slack is told to retry later.</summary>
    public int QueueCapacity { get; set; } = 512;

    /// <summary>Slack allows about one message per second per channel (protocols/slack.md §6).</summary>
    public TimeSpan ChannelMessageInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Requests whose timestamp is further than this from now are refused (replay).</summary>
    public TimeSpan ReplayWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many times a call answered 429 is retried after its Retry-After.</summary>
    public int MaxRateLimitRetries { get; set; } = 3;

    /// <summary>How long users.info answers (locale, time zone, name) are reused.</summary>
    public TimeSpan UserCacheDuration { get; set; } = TimeSpan.FromHours(1);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(BotToken);
}
