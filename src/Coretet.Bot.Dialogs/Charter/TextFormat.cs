using System.Globalization;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Dialogs.Charter;

internal static class TextFormat
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Formats each language with its own arguments (an engagement or a part name differs per language).</summary>
    public static LocalizedText Per(this LocalizedText template, Func<Language, object?[]> args) =>
        new(string.Format(French, template.French, args(Language.French)), string.Format(English, template.English, args(Language.English)));

    /// <summary>A day in the alliance's time zone (UTC when the zone is unknown on this machine).</summary>
    public static string Date(DateTimeOffset at, Language language, string timeZone)
    {
        var local = TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) ? TimeZoneInfo.ConvertTime(at, zone) : at.ToUniversalTime();
        return local.ToString("d MMMM yyyy", language == Language.English ? English : French);
    }
}
