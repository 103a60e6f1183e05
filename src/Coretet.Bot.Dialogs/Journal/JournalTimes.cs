namespace Coretet.Bot.Dialogs.Journal;

/// <summary>Journal times in the alliance's time zone (UTC when the zone is unknown to this machine).</summary>
public static class JournalTimes
{
    public static DateTimeOffset ToLocal(DateTimeOffset at, string? timeZone)
    {
        if (string.IsNullOrWhiteSpace(timeZone) || !TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone))
            return at.ToUniversalTime();
        return TimeZoneInfo.ConvertTime(at, zone);
    }
}
