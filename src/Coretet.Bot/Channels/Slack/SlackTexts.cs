namespace Coretet.Bot.Channels.Slack;

/// <summary>The adapter's own words, when no turn could be routed (both languages: the locale is not known yet).</summary>
internal static class SlackTexts
{
    public const string Busy = "Je suis très sollicité, réessayez dans un instant. / I'm very busy right now, please try again in a moment.";
}
