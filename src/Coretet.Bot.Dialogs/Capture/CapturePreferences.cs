using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Dialogs.Capture;

/// <summary>An ally's own choices about prompts (pause, quiet hours) and what the bot learned (unreachable).</summary>
public sealed record CapturePreferences(string AllianceId, string AllyId)
{
    public const int MaxPauseDays = 365;

    public DateTimeOffset? PausedUntil { get; init; }

    public QuietHours? Quiet { get; init; }

    /// <summary>The platform refused every attempt (blocked bot, removed user): no prompt until they write again.</summary>
    public bool Unreachable { get; init; }

    public bool IsPausedAt(DateTimeOffset now) => PausedUntil is { } until && until > now;

    public CapturePreferences PauseFor(int days, DateTimeOffset now) =>
        days is < 1 or > MaxPauseDays
            ? throw new AllianceException(CaptureTexts.BadPauseDays.Format(MaxPauseDays))
            : this with { PausedUntil = now.AddDays(days) };

    public CapturePreferences EndPause() => this with { PausedUntil = null };

    /// <summary>When a prompt due at <paramref name="now"/> may be sent: now, or the end of the quiet hours.</summary>
    public DateTimeOffset SendableAt(DateTimeOffset now, TimeZoneInfo zone)
    {
        if (Quiet is null)
            return now;
        var local = TimeZoneInfo.ConvertTime(now, zone);
        if (!Quiet.Contains(TimeOnly.FromDateTime(local.DateTime)))
            return now;
        var endDate = DateOnly.FromDateTime(local.DateTime);
        if (TimeOnly.FromDateTime(local.DateTime) >= Quiet.End)
            endDate = endDate.AddDays(1);
        var end = endDate.ToDateTime(Quiet.End);
        // An end inside a spring-forward gap does not exist: move it past the gap.
        while (zone.IsInvalidTime(end))
            end = end.AddMinutes(30);
        return new DateTimeOffset(end, zone.GetUtcOffset(end));
    }
}
