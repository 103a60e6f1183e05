using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Dialogs.Help;

internal static class HelpTexts
{
    public static readonly LocalizedText HelpDescription = new("afficher cette aide", "show this help");

    public static readonly LocalizedText HelpTitle = new("Ce que je sais faire", "What I can do");

    public static readonly LocalizedText HelpIntro = new(
        "Écrivez une de ces commandes (dans une équipe ou un canal, mentionnez-moi d'abord) :",
        "Write one of these commands (in a team or channel, mention me first):");

    public static readonly LocalizedText WelcomeTitle = new("Bienvenue dans l'alliance", "Welcome to the alliance");

    public static readonly LocalizedText WelcomeAlliance = new(
        "Une alliance est une communauté ouverte, liée par une charte (objectifs, valeurs partagées, procédures de travail librement consenties). "
        + "Elle avance par chantiers, décide par consensus en faisant une place aux avis divergents, et capitalise son expérience.",
        "An alliance is an open community bound by a charter (objectives, shared values, freely consented working procedures). "
        + "It works in workstreams (chantiers), decides by consensus while making room for divergent opinions, and capitalises its experience.");

    public static readonly LocalizedText WelcomeWhatHeading = new("Je vous aide à :", "I help you:");

    public static readonly LocalizedText[] WelcomeWhat =
    [
        new("lire et signer la charte, et suivre ses versions", "read and sign the charter, and follow its versions"),
        new("ouvrir des chantiers, les rejoindre, les clore", "open chantiers, join them, close them"),
        new("mener des tours de consensus où chaque avis divergent est entendu et reçoit une réponse", "run consensus rounds where every divergent opinion is heard and answered"),
        new("capitaliser l'expérience et en tirer des principes directeurs", "capture experience and draw guiding principles from it"),
    ];

    public static readonly LocalizedText WelcomeStart = new(
        "Pour commencer : tapez **charte** pour lire la charte, ou **aide** pour toutes les commandes.",
        "To start: type **charter** to read the charter, or **help** for every command.");

    public static readonly LocalizedText WelcomePersonalNoAllianceYet = new(
        "Pas encore dans une alliance ? Ajoutez-moi à une équipe ou à une conversation de groupe : l'alliance y est créée. "
        + "Ou écrivez **lier ‹code›** avec un code de liaison donné par l'équipe d'animation.",
        "Not in an alliance yet? Add me to a team or a group chat: the alliance is created there. "
        + "Or write **link ‹code›** with a link code from the facilitation team.");
}
