using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Dialogs.Charter;

internal static class CharterTexts
{
    public static readonly LocalizedText Objectives = new("Objectifs", "Objectives");
    public static readonly LocalizedText SharedValues = new("Valeurs partagées", "Shared values");
    public static readonly LocalizedText WorkingProcedures = new("Procédures de travail", "Working procedures");

    public static LocalizedText PartName(CharterPart part) => part switch
    {
        CharterPart.Objectives => Objectives,
        CharterPart.SharedValues => SharedValues,
        _ => WorkingProcedures,
    };

    public static readonly LocalizedText PartEmpty = new(
        "La partie « {0} » est vide : écrivez au moins un élément (un par ligne).",
        "The part \"{0}\" is empty: write at least one item (one per line).");

    public static readonly LocalizedText PartTooManyItems = new(
        "La partie « {0} » a {2} éléments ; une charte reste courte : {1} au plus.",
        "The part \"{0}\" has {2} items; a charter stays short: {1} at most.");

    public static readonly LocalizedText ItemTooLong = new(
        "Dans « {0} », l'élément n° {1} dépasse {2} caractères : coupez-le en plusieurs lignes.",
        "In \"{0}\", item {1} is longer than {2} characters: split it into several lines.");

    public static readonly LocalizedText NothingChanged = new(
        "Ce texte est identique à la version {0} : rien à publier.",
        "This text is the same as version {0}: nothing to publish.");

    public static readonly LocalizedText Title = new("Charte de l'alliance « {0} » — version {1}", "Charter of the alliance \"{0}\" — version {1}");

    public static readonly LocalizedText PublishedBy = new("Publiée le {0} par {1}.", "Published on {0} by {1}.");

    public static readonly LocalizedText SignInvite = new(
        "Celles et ceux qui signent deviennent allié·es : l'alliance n'a pas de portes. Choisissez votre engagement, vous pourrez le changer.",
        "Whoever signs becomes an ally: the alliance has no doors. Choose your engagement; you can change it later.");

    public static readonly LocalizedText EngagementLabel = new("Mon engagement", "My engagement");
    public static readonly LocalizedText OrganisationLabel = new("Je signe au nom de (facultatif)", "I sign on behalf of (optional)");
    public static readonly LocalizedText OrganisationPlaceholder = new("organisation, collectif…", "organisation, collective…");
    public static readonly LocalizedText SignButton = new("Je signe", "I sign");
    public static readonly LocalizedText ReconfirmButton = new("Je confirme la version {0}", "I re-confirm version {0}");
    public static readonly LocalizedText ChangeEngagementButton = new("Changer mon engagement", "Change my engagement");
    public static readonly LocalizedText DraftButton = new("Rédiger une nouvelle version", "Draft a new version");

    public static readonly LocalizedText YouSigned = new(
        "Vous avez signé la version {0} ({1}).",
        "You signed version {0} ({1}).");

    public static readonly LocalizedText YouSignedEarlier = new(
        "Vous avez signé la version {0} et restez allié·e. Confirmez la version {1} quand vous voulez.",
        "You signed version {0} and remain an ally. Re-confirm version {1} whenever you like.");

    public static readonly LocalizedText NoCharterYet = new(
        "La charte de l'alliance « {0} » n'a pas encore été publiée. L'équipe d'animation peut la rédiger avec **rédiger la charte**.",
        "The charter of the alliance \"{0}\" hasn't been published yet. The facilitation team can write it with **draft charter**.");

    public static readonly LocalizedText SignFirst = new(
        "Pour cela, il faut être allié·e : lisez la charte et signez-la.",
        "For that you need to be an ally: read the charter and sign it.");

    public static readonly LocalizedText Signed = new(
        "Merci {0} ! Vous avez signé la version {1} de la charte ({2}). Bienvenue parmi les allié·es.",
        "Thank you {0}! You signed version {1} of the charter ({2}). Welcome among the allies.");

    public static readonly LocalizedText SignedAgain = new(
        "Merci {0}, vous avez signé à nouveau la charte (version {1}, {2}).",
        "Thank you {0}, you signed the charter again (version {1}, {2}).");

    public static readonly LocalizedText Reconfirmed = new(
        "Merci {0}, vous avez confirmé la version {1} de la charte.",
        "Thank you {0}, you re-confirmed version {1} of the charter.");

    public static readonly LocalizedText AlreadySigned = new(
        "Vous avez déjà signé la version {0}, {1} : tout est en ordre.",
        "You have already signed version {0}, {1}: all is well.");

    public static readonly LocalizedText StaleVersion = new(
        "Une nouvelle version de la charte a été publiée entre-temps ; la voici.",
        "A new version of the charter was published in the meantime; here it is.");

    public static readonly LocalizedText Withdrawn = new(
        "Votre signature est retirée (c'est noté dans le journal). Vous pourrez signer à nouveau quand vous voudrez.",
        "Your signature is withdrawn (the journal records it). You can sign again whenever you like.");

    public static readonly LocalizedText EngagementChanged = new("Votre engagement est maintenant : {0}.", "Your engagement is now: {0}.");

    public static readonly LocalizedText EngagementUnchanged = new("Votre engagement était déjà : {0}.", "Your engagement already was: {0}.");

    public static readonly LocalizedText EngagementUsage = new(
        "Écrivez **engagement sympathisant·e** ou **engagement engagé·e**.",
        "Write **engagement supporter** or **engagement engaged**.");

    public static readonly LocalizedText DraftTitle = new("Rédiger la version {0} de la charte", "Draft version {0} of the charter");

    public static readonly LocalizedText DraftIntro = new(
        "Un élément par ligne ; chaque partie reste courte ({0} éléments au plus). Publier envoie la version à toute l'alliance, "
        + "et invite les signataires des versions précédentes à la confirmer.",
        "One item per line; each part stays short ({0} items at most). Publishing sends the version to the whole alliance, "
        + "and invites the signatories of earlier versions to re-confirm it.");

    public static readonly LocalizedText PublishButton = new("Publier la version {0}", "Publish version {0}");

    public static readonly LocalizedText Published = new(
        "La version {0} de la charte est publiée. {1} signataire(s) de versions précédentes sont invité·es à la confirmer.",
        "Version {0} of the charter is published. {1} signatory(ies) of earlier versions are invited to re-confirm it.");

    public static readonly LocalizedText ReconfirmTitle = new("La charte de « {0} » a une version {1}", "The charter of \"{0}\" has a version {1}");

    public static readonly LocalizedText ReconfirmIntro = new(
        "Vous avez signé la version {0} et restez allié·e. Voici ce qui a changé :",
        "You signed version {0} and remain an ally. Here is what changed:");

    public static readonly LocalizedText ChangedPart = new("{0} (modifié)", "{0} (changed)");

    public static readonly LocalizedText RemovedItems = new("{0} : retiré", "{0}: removed");

    public static readonly LocalizedText UnchangedParts = new("Sans changement : {0}.", "Unchanged: {0}.");
}
