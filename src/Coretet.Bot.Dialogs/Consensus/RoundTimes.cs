using System.Globalization;
using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>Deadlines are entered in the alliance's time zone and shown in the reader's zone when known.</summary>
public static class RoundTimes
{
    /// <summary>The instant of a local date (yyyy-MM-dd) and time (HH:mm, default 18:00) in <paramref name="timeZone"/>; null when unreadable.</summary>
    public static DateTimeOffset? ParseLocal(string? date, string? time, string timeZone)
    {
        if (!DateOnly.TryParseExact(date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return null;
        var clock = new TimeOnly(18, 0);
        if (!string.IsNullOrWhiteSpace(time)
            && !TimeOnly.TryParseExact(time.Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out clock))
            return null;
        var zone = Zone(timeZone);
        var local = day.ToDateTime(clock, DateTimeKind.Unspecified);
        // A local time skipped by a DST change does not exist: take the same wall-clock time one hour later.
        if (zone.IsInvalidTime(local))
            local = local.AddHours(1);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    public static DateOnly? ParseDate(string? date) =>
        DateOnly.TryParseExact(date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>"mardi 8 décembre 2026, 18:00 (Europe/Paris)" in the reader's language and zone.</summary>
    public static string Format(DateTimeOffset instant, string timeZone, Language language)
    {
        var zone = Zone(timeZone);
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var culture = CultureInfo.GetCultureInfo(language == Language.English ? "en-GB" : "fr-FR");
        var pattern = language == Language.English ? "dddd d MMMM yyyy, HH:mm" : "dddd d MMMM yyyy, HH:mm";
        return $"{local.ToString(pattern, culture)} ({zone.Id})";
    }

    public static string FormatDate(DateOnly date, Language language) =>
        date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo(language == Language.English ? "en-GB" : "fr-FR"));

    /// <summary>The zone, or the alliance default (Europe/Paris) then UTC when the id is unknown to this machine.</summary>
    public static TimeZoneInfo Zone(string? timeZone)
    {
        foreach (var id in new[] { timeZone, Alliances.Alliance.DefaultTimeZone })
        {
            if (!string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
                return zone;
        }

        return TimeZoneInfo.Utc;
    }
}
