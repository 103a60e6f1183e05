namespace Coretet.Bot.Dialogs.Capture;

/// <summary>IANA time zones by id (Linux and .NET's ICU mapping on Windows); unknown ids fall back to the alliance default.</summary>
public static class CaptureZones
{
    public static TimeZoneInfo Find(string? id)
    {
        if (!string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
            return zone;
        return TimeZoneInfo.TryFindSystemTimeZoneById(Alliances.Alliance.DefaultTimeZone, out var paris) ? paris : TimeZoneInfo.Utc;
    }
}
