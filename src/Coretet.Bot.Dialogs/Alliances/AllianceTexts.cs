using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Dialogs.Alliances;

internal static class AllianceTexts
{
    public static readonly LocalizedText NoAlliance = new(
        "Cette conversation ne fait encore partie d'aucune alliance. Installez-moi dans une équipe pour en créer une, "
        + "ou écrivez **lier ‹code›** avec un code de liaison donné par l'équipe d'animation.",
        "This conversation isn't part of an alliance yet. Install me in a team to create one, "
        + "or write **link ‹code›** with a link code from the facilitation team.");

    public static readonly LocalizedText NotFacilitator = new(
        "Désolé, seule l'équipe d'animation peut faire cela. Rien n'a été modifié.",
        "Sorry, only the facilitation team can do that. Nothing was changed.");

    public static readonly LocalizedText DefaultName = new("Notre alliance", "Our alliance");

    public static readonly LocalizedText CreatedTitle = new("L'alliance « {0} » est créée", "The alliance \"{0}\" is created");

    public static readonly LocalizedText CreatedBody = new(
        "{0}, vous êtes sa première animatrice ou son premier animateur (équipe d'animation). Prochaines étapes :",
        "{0}, you are its first facilitator (facilitation team). Next steps:");

    /// <summary><see cref="CreatedBody"/> when the installer has no name (Teams' installationUpdate names them by id only).</summary>
    public static readonly LocalizedText CreatedBodyUnnamed = new(
        "Vous êtes sa première animatrice ou son premier animateur (équipe d'animation). Prochaines étapes :",
        "You are its first facilitator (facilitation team). Next steps:");

    public static readonly LocalizedText[] CreatedSteps =
    [
        new("**rédiger la charte** : objectifs, valeurs partagées, procédures de travail", "**draft charter**: objectives, shared values, working procedures"),
        new("**réglages** : nom, fuseau horaire, langue", "**settings**: name, time zone, language"),
        new("**ajouter animation @quelqu'un** : élargir l'équipe d'animation", "**add facilitator @someone**: widen the facilitation team"),
        new("**code de liaison** : relier une autre équipe ou un canal Slack", "**link code**: attach another team or a Slack channel"),
    ];

    public static readonly LocalizedText NameRequired = new("Donnez un nom à l'alliance.", "Please give the alliance a name.");

    public static readonly LocalizedText NameTooLong = new("Le nom est trop long ({0} caractères au plus).", "The name is too long ({0} characters at most).");

    public static readonly LocalizedText LanguageInvalid = new("Langue inconnue : choisissez fr ou en.", "Unknown language: choose fr or en.");

    public static readonly LocalizedText TimeZoneInvalid = new(
        "« {0} » n'est pas un fuseau horaire IANA connu. Exemples : Europe/Paris, America/Montreal, Africa/Dakar.",
        "\"{0}\" is not a known IANA time zone. Examples: Europe/Paris, America/Montreal, Africa/Dakar.");

    public static readonly LocalizedText SettingsTitle = new("Réglages de l'alliance", "Alliance settings");

    public static readonly LocalizedText SettingsName = new("Nom", "Name");

    public static readonly LocalizedText SettingsTimeZone = new("Fuseau horaire (IANA)", "Time zone (IANA)");

    public static readonly LocalizedText SettingsLanguage = new("Langue par défaut", "Default language");

    public static readonly LocalizedText Save = new("Enregistrer", "Save");

    public static readonly LocalizedText SettingsSaved = new(
        "Réglages enregistrés : **{0}**, fuseau {1}, langue {2}.",
        "Settings saved: **{0}**, time zone {1}, language {2}.");

    public static readonly LocalizedText SettingsUnchanged = new("Rien n'a changé dans les réglages.", "Nothing changed in the settings.");

    public static readonly LocalizedText SettingsChanged = new("{0} a modifié les réglages de l'alliance.", "{0} changed the alliance's settings.");

    public static readonly LocalizedText Created = new("{0} a créé l'alliance « {1} ».", "{0} created the alliance \"{1}\".");

    public static readonly LocalizedText LinkCodeIssued = new(
        "Code de liaison : **{0}** (valable 24 h, une seule fois). Dans l'autre équipe, le canal ou le groupe à relier, écrivez : **lier {0}**",
        "Link code: **{0}** (valid 24 h, once). In the other team, channel or group to attach, write: **link {0}**");

    public static readonly LocalizedText LinkCodeSentPrivately = new(
        "Je vous ai envoyé un code de liaison en message privé.",
        "I've sent you a link code in a private message.");

    public static readonly LocalizedText LinkUsage = new(
        "Écrivez **lier ‹code›** avec le code donné par l'équipe d'animation (par exemple lier ABCDE-FGHJK).",
        "Write **link ‹code›** with the code from the facilitation team (for example link ABCDE-FGHJK).");

    public static readonly LocalizedText LinkCodeUnknown = new(
        "Ce code de liaison est inconnu ou a déjà servi. Demandez-en un nouveau à l'équipe d'animation (**code de liaison**).",
        "This link code is unknown or already used. Ask the facilitation team for a new one (**link code**).");

    public static readonly LocalizedText LinkCodeExpired = new(
        "Ce code de liaison a expiré. Demandez-en un nouveau à l'équipe d'animation (**code de liaison**).",
        "This link code has expired. Ask the facilitation team for a new one (**link code**).");

    public static readonly LocalizedText LinkPersonal = new(
        "Écrivez **lier ‹code›** dans l'équipe, le canal ou le groupe à relier, pas en conversation privée.",
        "Write **link ‹code›** in the team, channel or group to attach, not in a private chat.");

    public static readonly LocalizedText AlreadyLinked = new(
        "Cette conversation fait déjà partie de l'alliance « {0} ».",
        "This conversation is already part of the alliance \"{0}\".");

    public static readonly LocalizedText Linked = new(
        "C'est fait : cette conversation fait maintenant partie de l'alliance « {0} ». Tapez **charte** pour lire la charte.",
        "Done: this conversation is now part of the alliance \"{0}\". Type **charter** to read the charter.");

    public static readonly LocalizedText ConversationLinked = new("{0} a relié « {1} » à l'alliance.", "{0} attached \"{1}\" to the alliance.");

    public static readonly LocalizedText FacilitatorsUsage = new(
        "Mentionnez les personnes à ajouter : **ajouter animation @Camille**.",
        "Mention the people to add: **add facilitator @Camille**.");

    public static readonly LocalizedText FacilitatorsRemoveUsage = new(
        "Mentionnez les personnes à retirer : **retirer animation @Camille**.",
        "Mention the people to remove: **remove facilitator @Camille**.");

    public static readonly LocalizedText FacilitatorNamed = new("{0} a ajouté {1} à l'équipe d'animation.", "{0} added {1} to the facilitation team.");

    public static readonly LocalizedText FacilitatorRemoved = new("{0} a retiré {1} de l'équipe d'animation.", "{0} removed {1} from the facilitation team.");

    public static readonly LocalizedText LastFacilitator = new(
        "L'équipe d'animation ne peut pas rester vide : ajoutez quelqu'un d'autre avant de retirer {0}.",
        "The facilitation team can't be left empty: add someone else before removing {0}.");

    public static readonly LocalizedText AlreadyFacilitators = new("Déjà dans l'équipe d'animation : {0}.", "Already in the facilitation team: {0}.");

    public static readonly LocalizedText NotFacilitators = new("Pas dans l'équipe d'animation : {0}.", "Not in the facilitation team: {0}.");

    public static readonly LocalizedText FacilitatorsTitle = new("Équipe d'animation", "Facilitation team");

    public static readonly LocalizedText FacilitatorsNone = new("(personne)", "(nobody)");
}
