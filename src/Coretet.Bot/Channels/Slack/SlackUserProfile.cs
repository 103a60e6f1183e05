namespace Coretet.Bot.Channels.Slack;

/// <summary>What users.info tells about a person: display name, locale (<c>fr-FR</c>) and IANA time zone.</summary>
internal sealed record SlackUserProfile(string Id, string Name, string? Locale, string? TimeZone);
