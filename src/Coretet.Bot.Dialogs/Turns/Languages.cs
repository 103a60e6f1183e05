namespace Coretet.Bot.Dialogs.Turns;

public static class Languages
{
    /// <summary>English for any <c>en</c> locale (<c>en-US</c>, <c>en_GB</c>, <c>en</c>); French otherwise.</summary>
    public static Language FromLocale(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
            return Language.French;
        var tag = locale.Trim();
        return tag.Length >= 2
            && tag.StartsWith("en", StringComparison.OrdinalIgnoreCase)
            && (tag.Length == 2 || tag[2] is '-' or '_')
            ? Language.English
            : Language.French;
    }

    public static string Code(this Language language) => language == Language.English ? "en" : "fr";
}
