using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Dialogs.Alliances;

/// <summary>What facilitators can set on an alliance. <see cref="Parse"/> validates user input with clear messages.</summary>
public sealed record AllianceSettings(string Name, string TimeZone, Language DefaultLanguage)
{
    public const int MaxNameLength = 80;

    /// <summary>Validates form input; throws an <see cref="AllianceException"/> naming what is wrong.</summary>
    public static AllianceSettings Parse(string? name, string? timeZone, string? language)
    {
        var trimmedName = name?.Trim() ?? "";
        if (trimmedName.Length == 0)
            throw new AllianceException(AllianceTexts.NameRequired);
        if (trimmedName.Length > MaxNameLength)
            throw new AllianceException(AllianceTexts.NameTooLong.Format(MaxNameLength));
        var zone = string.IsNullOrWhiteSpace(timeZone) ? Alliance.DefaultTimeZone : NormalizeTimeZone(timeZone.Trim());
        var lang = language?.Trim().ToLowerInvariant() switch
        {
            null or "" or "fr" => Language.French,
            "en" => Language.English,
            _ => throw new AllianceException(AllianceTexts.LanguageInvalid),
        };
        return new AllianceSettings(trimmedName, zone, lang);
    }

    /// <summary>The canonical IANA id (<c>Europe/Paris</c>), or a refusal that gives an example.</summary>
    public static string NormalizeTimeZone(string timeZone)
    {
        if (timeZone.Length <= 64
            && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone)
            && zone.HasIanaId)
            return zone.Id;
        throw new AllianceException(AllianceTexts.TimeZoneInvalid.Format(timeZone.Length > 64 ? timeZone[..64] : timeZone));
    }
}
