using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Dialogs.Alliances;

internal static class AllyTexts
{
    public static readonly LocalizedText NotSigned = new(
        "Vous n'avez pas (ou plus) signé la charte. Tapez **charte** pour la lire et la signer.",
        "You haven't signed the charter (or you withdrew). Type **charter** to read and sign it.");

    public static readonly LocalizedText NoCharterYet = new(
        "La charte n'a pas encore été publiée. L'équipe d'animation peut la rédiger avec **rédiger la charte**.",
        "The charter hasn't been published yet. The facilitation team can write it with **draft charter**.");

    public static readonly LocalizedText OrganisationTooLong = new(
        "Le nom de l'organisation est trop long ({0} caractères au plus).",
        "The organisation name is too long ({0} characters at most).");

    public static readonly LocalizedText Supporter = new("sympathisant·e", "supporter");

    public static readonly LocalizedText Engaged = new("engagé·e", "engaged");

    public static LocalizedText Label(this Engagement engagement) => engagement == Engagement.Engaged ? Engaged : Supporter;

    public static string Label(this Engagement engagement, Language language) => engagement.Label().In(language);

    /// <summary>Reads an engagement typed or submitted in either language; null when unrecognised.</summary>
    public static Engagement? ParseEngagement(string? value)
    {
        var word = Routing.CommandParser.Normalize(value?.Trim() ?? "");
        return word switch
        {
            "supporter" or "sympathisant" or "sympathisante" => Engagement.Supporter,
            "engaged" or "engage" or "engagee" => Engagement.Engaged,
            _ => null,
        };
    }
}
