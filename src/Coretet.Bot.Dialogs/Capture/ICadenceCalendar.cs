using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Dialogs.Capture;

/// <summary>Occurrence arithmetic for cadences (the host implements it with Quartz cron expressions and time zones).</summary>
public interface ICadenceCalendar
{
    /// <summary>Null when the cron expression is valid; otherwise a friendly reason.</summary>
    LocalizedText? ValidateCron(string expression);

    /// <summary>Null when the IANA id is known here.</summary>
    LocalizedText? ValidateTimeZone(string timeZone);

    /// <summary>The first occurrence strictly after <paramref name="after"/>, or null when there is none.</summary>
    DateTimeOffset? NextAfter(Cadence cadence, string timeZone, DateTimeOffset after);
}
