using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Dialogs.Chantiers;

/// <summary>Labels of the chantier cards and lists, in both languages.</summary>
internal static class ChantierViewTexts
{
    public static readonly LocalizedText FormTitle = new("Nouveau chantier", "New chantier");
    public static readonly LocalizedText FormIntro = new(
        "Tout·e allié·e peut ouvrir un chantier ; vous en serez le·la premier·e animateur·rice.",
        "Any ally can open a chantier; you will be its first animator.");
    public static readonly LocalizedText TitleLabel = new("Titre (120 caractères au plus)", "Title (120 characters at most)");
    public static readonly LocalizedText KindLabel = new("Type", "Kind");
    public static readonly LocalizedText PurposeLabel = new("Raison d'être (2 000 caractères au plus)", "Purpose (2,000 characters at most)");
    public static readonly LocalizedText DateLabel = new("Date de fin ou de bilan (facultative)", "End or review date (optional)");
    public static readonly LocalizedText LinkLabel = new("Lier le chantier à ce canal ?", "Link the chantier to this channel?");
    public static readonly LocalizedText Yes = new("Oui", "Yes");
    public static readonly LocalizedText No = new("Non", "No");
    public static readonly LocalizedText Open = new("Ouvrir le chantier", "Open the chantier");
    public static readonly LocalizedText TitleMissing = new("Le titre est obligatoire.", "A title is required.");

    public static readonly LocalizedText CardTitle = new("Chantier n° {0} · {1}", "Chantier no. {0} · {1}");
    public static readonly LocalizedText Status = new("État", "Status");
    public static readonly LocalizedText StatusOpen = new("ouvert", "open");
    public static readonly LocalizedText StatusClosed = new("clos le {0}", "closed on {0}");
    public static readonly LocalizedText Animators = new("Animation ({0})", "Animators ({0})");
    public static readonly LocalizedText Participants = new("Participant·es ({0})", "Participants ({0})");
    public static readonly LocalizedText Nobody = new("personne pour l'instant", "nobody yet");
    public static readonly LocalizedText ReviewDate = new("Fin ou bilan", "End or review");
    public static readonly LocalizedText LinkedTo = new("Canal lié", "Linked channel");
    public static readonly LocalizedText ThisChannel = new("un canal de l'équipe", "a team channel");
    public static readonly LocalizedText ClosingStatement = new("Déclaration de clôture", "Closing statement");
    public static readonly LocalizedText More = new("… et {0} autres", "… and {0} more");

    public static readonly LocalizedText JoinButton = new("Rejoindre", "Join");
    public static readonly LocalizedText LeaveButton = new("Quitter", "Leave");
    public static readonly LocalizedText AddAnimatorButton = new("Ajouter un·e co-animateur·rice", "Add a co-animator");
    public static readonly LocalizedText StepDownButton = new("Quitter l'animation", "Step down");
    public static readonly LocalizedText LinkButton = new("Lier à ce canal", "Link to this channel");
    public static readonly LocalizedText CloseButton = new("Clore", "Close");
    public static readonly LocalizedText ReopenButton = new("Rouvrir", "Reopen");
    public static readonly LocalizedText NewButton = new("Nouveau chantier", "New chantier");

    public static readonly LocalizedText AnimatorFormTitle = new("Co-animation de « {0} »", "Co-animation of \"{0}\"");
    public static readonly LocalizedText AnimatorFormIntro = new(
        "Choisissez parmi les participant·es, ou écrivez **chantier {0} co-animateur @nom** pour mentionner un·e allié·e.",
        "Pick one of the participants, or write **chantier {0} co-animator @name** to mention an ally.");
    public static readonly LocalizedText AnimatorChoice = new("Participant·e", "Participant");
    public static readonly LocalizedText NoParticipants = new(
        "Pas encore de participant·es. Écrivez **chantier {0} co-animateur @nom** pour mentionner un·e allié·e.",
        "No participants yet. Write **chantier {0} co-animator @name** to mention an ally.");
    public static readonly LocalizedText AddAnimatorConfirm = new("Ajouter", "Add");

    public static readonly LocalizedText CloseFormTitle = new("Clore « {0} »", "Close \"{0}\"");
    public static readonly LocalizedText CloseFormIntro = new(
        "Une courte déclaration de clôture : ce que le chantier a fait, ce qu'il transmet. Les membres recevront une invitation à partager leur expérience.",
        "A short closing statement: what the chantier did, what it passes on. Members will be invited to share their experience.");
    public static readonly LocalizedText StatementLabel = new("Déclaration de clôture", "Closing statement");
    public static readonly LocalizedText CloseConfirm = new("Clore le chantier", "Close the chantier");

    public static readonly LocalizedText ListOpenTitle = new("Chantiers ouverts", "Open chantiers");
    public static readonly LocalizedText ListClosedTitle = new("Chantiers clos", "Closed chantiers");
    public static readonly LocalizedText ListKindTitle = new("{0} · {1}", "{0} · {1}");
    public static readonly LocalizedText ListOpenEmpty = new(
        "Aucun chantier ouvert pour l'instant. Tapez **nouveau chantier** pour en ouvrir un.",
        "No open chantier yet. Type **new chantier** to open one.");
    public static readonly LocalizedText ListClosedEmpty = new("Aucun chantier clos.", "No closed chantier.");
    public static readonly LocalizedText ListItemOpen = new(
        "n° {0} · {1} · {2} · animation : {3} · {4} participant·e(s)",
        "no. {0} · {1} · {2} · animators: {3} · {4} participant(s)");
    public static readonly LocalizedText ListItemClosed = new(
        "n° {0} · {1} · {2} · clos le {3} : « {4} »",
        "no. {0} · {1} · {2} · closed on {3}: \"{4}\"");
    public static readonly LocalizedText ListHint = new(
        "Tapez **chantier ‹n°›** pour voir un chantier et le rejoindre ; **chantiers fermés** pour les chantiers clos ; **chantiers thématique** (ou géo-culturel, collégial) pour filtrer.",
        "Type **chantier ‹no.›** to see a chantier and join it; **chantiers closed** for closed ones; **chantiers thematic** (or geo-cultural, collegial) to filter.");

    public static readonly LocalizedText ClosingMessageTitle = new("Le chantier « {0} » est clos", "The chantier \"{0}\" is closed");
    public static readonly LocalizedText ClosingMessageBy = new("Clos par {0}. Sa déclaration :", "Closed by {0}. Their statement:");
    public static readonly LocalizedText ClosingMessageQuestions = new(
        "Merci d'y avoir pris part. Pour garder la mémoire du chemin : qu'avons-nous réalisé, qu'avons-nous appris, que transmettons-nous ?",
        "Thank you for taking part. To keep the memory of the path: what did we achieve, what did we learn, what do we pass on?");
}
