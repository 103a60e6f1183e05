namespace Coretet.Bot.Channels.Slack;

/// <summary>
/// response_url values come inside the payload: only https URLs on Slack's own hosts, or on the configured
/// <c>Slack:ApiBaseUrl</c> host (a local fake Slack), are ever called (no request forgery through the bot).
/// </summary>
internal static class SlackResponseUrls
{
    public static Uri? Parse(string? value, SlackOptions options)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri))
            return null;
        if (uri.Scheme == Uri.UriSchemeHttps && (uri.Host == "slack.com" || uri.Host.EndsWith(".slack.com", StringComparison.OrdinalIgnoreCase)))
            return uri;
        return string.Equals(uri.Authority, options.ApiBaseUrl.Authority, StringComparison.OrdinalIgnoreCase)
            && uri.Scheme == options.ApiBaseUrl.Scheme
            ? uri
            : null;
    }
}
