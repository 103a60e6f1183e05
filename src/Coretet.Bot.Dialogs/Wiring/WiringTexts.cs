using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Dialogs.Wiring;

/// <summary>User-facing texts of the glue between capabilities.</summary>
public static class WiringTexts
{
    public static readonly LocalizedText AmendmentQuestion = new("Adopter la version {0} de la charte ?", "Adopt version {0} of the charter?");
    public static readonly LocalizedText AmendmentSubmitted = new("Version {0} de la charte soumise au consensus : elle sera publiée si le tour l'adopte.",
        "Charter version {0} submitted to consensus: it will be published if the round adopts it.");
}
