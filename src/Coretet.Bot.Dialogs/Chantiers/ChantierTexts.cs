using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Dialogs.Chantiers;

/// <summary>Refusals and confirmations of the chantier rules, in both languages.</summary>
internal static class ChantierTexts
{
    public static readonly LocalizedText TitleRequired = new(
        "Le titre est obligatoire : donnez un nom au chantier.",
        "A title is required: give the chantier a name.");

    public static readonly LocalizedText TitleTooLong = new(
        "Le titre est trop long : {0} caractères au plus (il en a {1}).",
        "The title is too long: {0} characters at most (it has {1}).");

    public static readonly LocalizedText PurposeTooLong = new(
        "La raison d'être est trop longue : {0} caractères au plus (elle en a {1}).",
        "The purpose is too long: {0} characters at most (it has {1}).");

    public static readonly LocalizedText DateInPast = new(
        "La date {0} est déjà passée : choisissez aujourd'hui ou une date à venir, ou laissez le champ vide.",
        "The date {0} is in the past: choose today or a later date, or leave it empty.");

    public static readonly LocalizedText DateInvalid = new(
        "Je ne comprends pas la date « {0} » : utilisez le format AAAA-MM-JJ.",
        "I can't read the date \"{0}\": use the format YYYY-MM-DD.");

    public static readonly LocalizedText KindRequired = new(
        "Choisissez le type du chantier : géo-culturel, collégial ou thématique.",
        "Choose the kind of chantier: geo-cultural, collegial or thematic.");

    public static readonly LocalizedText DuplicateTitle = new(
        "Un chantier ouvert porte déjà ce titre : n° {0} « {1} ». Tapez **chantier {0}** pour le voir et le rejoindre.",
        "An open chantier already has this title: no. {0} \"{1}\". Type **chantier {0}** to see it and join it.");

    public static readonly LocalizedText NotFound = new(
        "Je ne trouve pas de chantier n° {0} dans cette alliance. Tapez **chantiers** pour voir la liste.",
        "I can't find chantier no. {0} in this alliance. Type **chantiers** to see the list.");

    public static readonly LocalizedText NumberRequired = new(
        "Indiquez le numéro du chantier, par exemple **chantier 3**. Tapez **chantiers** pour voir la liste.",
        "Give the chantier's number, for example **chantier 3**. Type **chantiers** to see the list.");

    public static readonly LocalizedText Closed = new(
        "Le chantier « {0} » est clos.",
        "The chantier \"{0}\" is closed.");

    public static readonly LocalizedText AlreadyOpen = new(
        "Le chantier « {0} » est déjà ouvert.",
        "The chantier \"{0}\" is already open.");

    public static readonly LocalizedText AlreadyAnimator = new(
        "Vous animez déjà le chantier « {0} ».",
        "You already animate the chantier \"{0}\".");

    public static readonly LocalizedText AlreadyAnimatorOther = new(
        "{0} anime déjà ce chantier.",
        "{0} already animates this chantier.");

    public static readonly LocalizedText AnimatorMustStepDown = new(
        "Vous animez ce chantier : passez d'abord la main (bouton « Quitter l'animation »), un·e autre animateur·rice doit rester.",
        "You animate this chantier: step down first (\"Step down\" button); another animator must remain.");

    public static readonly LocalizedText NotAnAnimator = new(
        "Vous n'animez pas ce chantier.",
        "You don't animate this chantier.");

    public static readonly LocalizedText LastAnimator = new(
        "Vous êtes la seule personne à animer ce chantier : ajoutez d'abord un·e co-animateur·rice, puis passez la main.",
        "You are the only animator of this chantier: add a co-animator first, then step down.");

    public static readonly LocalizedText OnlyAnimatorsAddAnimators = new(
        "Merci de votre envie d'aider ! Seul·es les animateur·rices du chantier peuvent ajouter un·e co-animateur·rice ; demandez-leur.",
        "Thank you for wanting to help! Only the chantier's animators can add a co-animator; ask them.");

    public static readonly LocalizedText OnlyAnimatorsLink = new(
        "Seul·es les animateur·rices du chantier peuvent le lier à un canal ; proposez-le-leur.",
        "Only the chantier's animators can link it to a channel; suggest it to them.");

    public static readonly LocalizedText OnlyAnimatorsClose = new(
        "Merci de votre participation ! Clore un chantier revient à ses animateur·rices ; si vous pensez qu'il est temps, dites-le-leur.",
        "Thank you for taking part! Closing a chantier is up to its animators; if you think it is time, tell them.");

    public static readonly LocalizedText OnlyAnimatorsReopen = new(
        "Rouvrir un chantier revient à ses animateur·rices ; demandez-leur, ou ouvrez un nouveau chantier.",
        "Reopening a chantier is up to its animators; ask them, or open a new chantier.");

    public static readonly LocalizedText LinkNeedsChannel = new(
        "Un chantier se lie à un canal ou à une conversation de groupe : faites-le depuis ce canal, pas en tête-à-tête.",
        "A chantier links to a channel or a group chat: do it from that channel, not in a one-to-one chat.");

    public static readonly LocalizedText StatementRequired = new(
        "Écrivez une courte déclaration de clôture : ce que le chantier a fait et ce qu'il transmet.",
        "Write a short closing statement: what the chantier did and what it passes on.");

    public static readonly LocalizedText StatementTooLong = new(
        "La déclaration de clôture est trop longue : {0} caractères au plus (elle en a {1}).",
        "The closing statement is too long: {0} characters at most (it has {1}).");

    public static readonly LocalizedText StaleCard = new(
        "Cette carte de chantier n'est plus valable. Tapez **chantiers** pour repartir.",
        "This chantier card is no longer valid. Type **chantiers** to start again.");

    public static readonly LocalizedText AlreadyParticipant = new(
        "Vous participez déjà au chantier « {0} ».",
        "You already take part in the chantier \"{0}\".");

    public static readonly LocalizedText NotParticipant = new(
        "Vous ne participez pas au chantier « {0} ».",
        "You don't take part in the chantier \"{0}\".");

    public static readonly LocalizedText NotAParticipantAnymore = new(
        "Cette personne ne participe plus au chantier ; rafraîchissez la liste avec **chantier {0}**.",
        "That person no longer takes part in the chantier; refresh the list with **chantier {0}**.");

    public static readonly LocalizedText MentionNeeded = new(
        "Mentionnez la personne à ajouter : **chantier {0} co-animateur @nom**.",
        "Mention the person to add: **chantier {0} co-animator @name**.");

    public static readonly LocalizedText MentionNotAlly = new(
        "{0} n'a pas encore signé la charte : seul·es les allié·es animent un chantier. Invitez-le·la à taper **charte**.",
        "{0} hasn't signed the charter yet: only allies animate a chantier. Invite them to type **charter**.");

    public static readonly LocalizedText UnknownFilter = new(
        "Je ne connais pas le filtre « {0} ». Essayez **chantiers thématique**, **chantiers géo-culturel**, **chantiers collégial** ou **chantiers fermés**.",
        "I don't know the filter \"{0}\". Try **chantiers thematic**, **chantiers geo-cultural**, **chantiers collegial** or **chantiers closed**.");
}
