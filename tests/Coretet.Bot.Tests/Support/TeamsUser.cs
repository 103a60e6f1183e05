namespace Coretet.Bot.Tests.Support;

/// <summary>A Teams person for tests. Change the locale for one message with <c>alice with { Locale = "en-US" }</c>.</summary>
public sealed record TeamsUser(string Id, string Name, string Locale)
{
    public string? AadObjectId { get; init; }

    public string? TimeZone { get; init; } = "Europe/Paris";
}
