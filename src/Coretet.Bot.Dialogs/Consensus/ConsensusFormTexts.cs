using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>Labels of the consensus forms and menu (fr/en).</summary>
internal static class ConsensusFormTexts
{
    public static LocalizedText WhyReason(Stance stance) => stance switch
    {
        Stance.Block => new(
            "Une objection bloquante empêche le consensus. Dites précisément ce qui, dans la proposition, nuirait aux objectifs ou aux valeurs de l'alliance : c'est ce qui permet d'y répondre ou d'amender.",
            "A blocking objection prevents consensus. Say precisely what in the proposal would harm the alliance's objectives or values: that is what makes it possible to answer it or amend the proposal."),
        Stance.Divergent => new(
            "Un avis divergent est une part à part entière de la décision : expliquez-le, il sera entendu, recevra une réponse et restera dans la mémoire de la décision.",
            "A divergent opinion is a full part of the decision: explain it; it will be heard, answered, and kept in the decision's memory."),
        _ => new(
            "Dites quelles réserves vous avez : elles restent attachées à la décision et recevront une réponse.",
            "Say what reservations you have: they stay attached to the decision and will be answered."),
    };

    public static LocalizedText ReasonLabel(Stance stance) => stance == Stance.Block
        ? new("Ce qui, dans la proposition, nuirait aux objectifs ou aux valeurs de l'alliance", "What in the proposal would harm the alliance's objectives or values")
        : new("Votre raison", "Your reason");

    public static readonly LocalizedText ReasonTitle = new("Votre raison (tour n°{0})", "Your reason (round #{0})");
    public static readonly LocalizedText SubmitPosition = new("Enregistrer : {0}", "Record: {0}");
    public static readonly LocalizedText OpenTitle = new("Ouvrir un tour de consensus", "Open a consensus round");
    public static readonly LocalizedText OpenIntro = new(
        "Une décision d'alliance est un processus : une proposition, des positions (dont les avis divergents, qui reçoivent une réponse), des révisions, une échéance.",
        "An alliance decision is a process: a proposal, positions (dissent included, and answered), revisions, a deadline.");
    public static readonly LocalizedText QuestionLabel = new("Question ou proposition", "Question or proposal");
    public static readonly LocalizedText ScopeLabel = new("Portée", "Scope");
    public static readonly LocalizedText DeadlineLabel = new("Échéance (date et heure, fuseau de l'alliance)", "Deadline (date and time, the alliance's time zone)");
    public static readonly LocalizedText QuorumLabel = new("Quorum (nombre minimal de positions, facultatif)", "Quorum (minimum number of positions, optional)");
    public static readonly LocalizedText QuorumPlaceholder = new("par exemple 5", "for example 5");
    public static readonly LocalizedText ReviewLabel = new("Date de revue de la décision (facultative)", "Decision review date (optional)");
    public static readonly LocalizedText OpenButton = new("Ouvrir le tour", "Open the round");
    public static readonly LocalizedText AnswerTitle = new("Répondre aux avis divergents (tour n°{0})", "Answer dissent (round #{0})");
    public static readonly LocalizedText AnswerIntro = new("Chaque réserve, avis divergent ou objection reçoit une réponse ; son auteur·rice est prévenu·e.", "Each reservation, divergent opinion or objection gets an answer; its author is told.");
    public static readonly LocalizedText AnswerWhichLabel = new("À qui répondez-vous ?", "Whom are you answering?");
    public static readonly LocalizedText AnswerLabel = new("Votre réponse", "Your answer");
    public static readonly LocalizedText AnswerButton = new("Envoyer la réponse", "Send the answer");
    public static readonly LocalizedText AmendTitle = new("Amender la proposition (tour n°{0})", "Amend the proposal (round #{0})");
    public static readonly LocalizedText AmendIntro = new("Une nouvelle révision : les positions déjà prises restent, marquées comme portant sur la révision antérieure, et leurs auteur·rices sont invité·es à les reconfirmer.", "A new revision: positions already taken stay, marked as given on the older revision, and their authors are invited to re-confirm.");
    public static readonly LocalizedText AmendLabel = new("Texte de la révision {0}", "Text of revision {0}");
    public static readonly LocalizedText AmendButton = new("Publier la révision", "Publish the revision");
    public static readonly LocalizedText ArbitrateTitle = new("Arbitrer le tour n°{0}", "Arbitrate round #{0}");
    public static readonly LocalizedText ArbitrateIntro = new("Faute de consensus, l'équipe d'animation peut arbitrer. Les objections restent au dossier, avec cette déclaration.", "Without consensus, the facilitation team may arbitrate. The objections stay in the record, with this statement.");
    public static readonly LocalizedText ArbitrateChoiceLabel = new("Décision", "Decision");
    public static readonly LocalizedText ArbitrateAdopt = new("La proposition est adoptée", "The proposal is adopted");
    public static readonly LocalizedText ArbitrateSetAside = new("La proposition est écartée", "The proposal is set aside");
    public static readonly LocalizedText StatementLabel = new("Déclaration : ce qui est décidé et pourquoi", "Statement: what is decided and why");
    public static readonly LocalizedText ArbitrateButton = new("Enregistrer l'arbitrage", "Record the arbitration");
    public static readonly LocalizedText MenuIntro = new("Que voulez-vous faire ?", "What would you like to do?");
    public static readonly LocalizedText MissingButton = new("Qui n'a pas encore pris position ?", "Who has not taken a position yet?");
    public static readonly LocalizedText RecordButton = new("Dossier complet", "Full record");
    public static readonly LocalizedText AnswerMenuButton = new("Répondre à un avis divergent", "Answer dissent");
    public static readonly LocalizedText AmendMenuButton = new("Amender la proposition", "Amend the proposal");
    public static readonly LocalizedText CloseButton = new("Clore maintenant", "Close now");
    public static readonly LocalizedText ArbitrateMenuButton = new("Arbitrer", "Arbitrate");
}
