namespace Coretet.Bot.Tests.Charter;

/// <summary>What a French or an English Teams user types and sees, so each scenario runs in both languages.</summary>
public sealed record CharterWords(
    string Locale,
    string Charter,
    string Draft,
    string Allies,
    string Engagement,
    string Facilitator,
    string Sign,
    string Publish1,
    string Publish2,
    string Reconfirm2,
    string Signed,
    string AlreadySigned,
    string YouSigned,
    string Published,
    string OnlyFacilitators,
    string SharedValuesChanged,
    string Objectives,
    string Reconfirmed,
    string ConfirmedV2)
{
    public static readonly CharterWords French = new(
        "fr-FR", "charte", "rédiger la charte", "allié·es", "engagement engagé·e", "première animatrice", "Je signe",
        "Publier la version 1", "Publier la version 2", "Je confirme la version 2", "Merci", "déjà signé",
        "Vous avez signé la version 1", "La version 1 de la charte est publiée", "seule l'équipe d'animation",
        "Valeurs partagées (modifié)", "Objectifs", "confirmé la version 2", "Ont confirmé la version 2: 1");

    public static readonly CharterWords English = new(
        "en-US", "charter", "draft charter", "allies", "engagement engaged", "first facilitator", "I sign",
        "Publish version 1", "Publish version 2", "I re-confirm version 2", "Thank you", "already signed",
        "You signed version 1", "Version 1 of the charter is published", "only the facilitation team",
        "Shared values (changed)", "Objectives", "re-confirmed version 2", "Confirmed version 2: 1");

    public static TheoryData<string> Languages => new() { "fr", "en" };

    public static CharterWords For(string language) => language == "en" ? English : French;
}
