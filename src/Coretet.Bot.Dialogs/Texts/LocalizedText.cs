using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Dialogs.Texts;

/// <summary>A user-facing text in both languages; the compiler makes sure neither is forgotten.</summary>
public sealed record LocalizedText(string French, string English)
{
    public string In(Language language) => language == Language.English ? English : French;

    public LocalizedText Format(params object?[] args) =>
        new(string.Format(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), French, args),
            string.Format(System.Globalization.CultureInfo.GetCultureInfo("en-GB"), English, args));
}
