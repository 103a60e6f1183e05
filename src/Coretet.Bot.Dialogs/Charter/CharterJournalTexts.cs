using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Dialogs.Charter;

internal static class CharterJournalTexts
{
    public static readonly LocalizedText Published = new("{0} a publié la version {1} de la charte.", "{0} published version {1} of the charter.");
    public static readonly LocalizedText Signed = new("{0} a signé la version {1} de la charte ({2}).", "{0} signed version {1} of the charter ({2}).");
    public static readonly LocalizedText SignedAgain = new("{0} a signé à nouveau la charte, version {1} ({2}).", "{0} signed the charter again, version {1} ({2}).");
    public static readonly LocalizedText Reconfirmed = new("{0} a confirmé la version {1} de la charte.", "{0} re-confirmed version {1} of the charter.");
    public static readonly LocalizedText Withdrawn = new("{0} a retiré sa signature de la charte.", "{0} withdrew their signature from the charter.");
    public static readonly LocalizedText EngagementChanged = new("{0} est maintenant {1}.", "{0} is now {1}.");
}
