using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Files;

internal static class FileTexts
{
    public static readonly LocalizedText Link = new(
        "{0}\n\n[{1}]({2}) — lien personnel, valable {3} minutes. Ne le transmettez pas : il ne s'ouvre que dans le premier navigateur qui l'utilise.",
        "{0}\n\n[{1}]({2}) — personal link, valid for {3} minutes. Do not forward it: it only opens in the first browser that uses it.");

    public static readonly LocalizedText LinkUnbound = new(
        "{0}\n\n[{1}]({2}) — lien personnel, valable {3} minutes. Ne le transmettez pas.",
        "{0}\n\n[{1}]({2}) — personal link, valid for {3} minutes. Do not forward it.");

    public static readonly LocalizedText SentPrivately = new(
        "Je vous ai envoyé « {0} » en message privé.",
        "I sent you '{0}' in a private message.");

    public static readonly LocalizedText TooLarge = new(
        "Le fichier « {0} » est trop volumineux pour être livré ({1} Mio, au plus {2} Mio). Essayez une portée plus petite.",
        "The file '{0}' is too large to deliver ({1} MiB, at most {2} MiB). Try a smaller scope.");

    // The download page has no turn language: both, French first.
    public const string NotFound = "Ce lien n'existe pas (ou plus). Demandez à nouveau le fichier au bot.\nThis link does not exist (any more). Ask the bot for the file again.";

    public const string Expired = "Ce lien a expiré. Demandez à nouveau le fichier au bot.\nThis link has expired. Ask the bot for the file again.";

    public const string OtherBrowser = "Ce lien a déjà été ouvert par quelqu'un d'autre (ou dans un autre navigateur). Demandez un nouveau lien au bot.\nThis link was already opened by someone else (or in another browser). Ask the bot for a new link.";
}
