using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>Messages and refusals of the consensus capability (fr/en).</summary>
internal static class ConsensusTexts
{
    public static LocalizedText StanceName(Stance stance) => stance switch
    {
        Stance.Agree => new("J'adhère", "I agree"),
        Stance.Reservations => new("J'adhère avec réserves", "Agree with reservations"),
        Stance.StandAside => new("Je me mets en retrait", "Stand aside"),
        Stance.Divergent => new("Avis divergent", "Divergent opinion"),
        _ => new("Objection bloquante", "Blocking objection"),
    };

    public static LocalizedText OutcomeName(OutcomeKind kind) => kind switch
    {
        OutcomeKind.Consensus => new("consensus", "consensus"),
        OutcomeKind.ConsensusWithDissent => new("consensus avec avis divergents", "consensus with recorded dissent"),
        OutcomeKind.NoConsensus => new("pas de consensus", "no consensus"),
        _ => new("arbitrage", "arbitration"),
    };

    public static LocalizedText ReasonRequired(Stance stance) => stance == Stance.Block
        ? new("Une objection bloquante doit dire ce qui, dans la proposition, nuirait aux objectifs ou aux valeurs de l'alliance. Rien n'a été enregistré : écrivez votre raison.",
            "A blocking objection must say what in the proposal would harm the alliance's objectives or values. Nothing was recorded: please write your reason.")
        : new($"« {StanceName(stance).French} » demande une raison écrite, pour qu'elle soit entendue et reçoive une réponse. Rien n'a été enregistré : écrivez votre raison.",
            $"\"{StanceName(stance).English}\" needs a written reason, so that it can be heard and answered. Nothing was recorded: please write your reason.");

    public static readonly LocalizedText TextMissing = new("Le texte est vide : écrivez la proposition.", "The text is empty: please write the proposal.");
    public static readonly LocalizedText TextTooLong = new("Le texte est trop long ({0} caractères au plus).", "The text is too long ({0} characters at most).");
    public static readonly LocalizedText DeadlineInPast = new("L'échéance doit être dans le futur.", "The deadline must be in the future.");
    public static readonly LocalizedText DeadlineUnreadable = new("Indiquez l'échéance comme une date (AAAA-MM-JJ) et une heure (HH:MM).", "Give the deadline as a date (YYYY-MM-DD) and a time (HH:MM).");
    public static readonly LocalizedText ReviewUnreadable = new("La date de revue doit être une date (AAAA-MM-JJ) après l'échéance.", "The review date must be a date (YYYY-MM-DD) after the deadline.");
    public static readonly LocalizedText QuorumInvalid = new("Le quorum doit être un nombre entier d'au moins 1 (ou vide).", "The quorum must be a whole number of at least 1 (or empty).");
    public static readonly LocalizedText ScopeInvalid = new("Choisissez la portée : toute l'alliance ou un de vos chantiers.", "Choose the scope: the whole alliance or one of your chantiers.");
    public static readonly LocalizedText CharterRoundsAreAllianceWide = new("Un amendement de la charte concerne toute l'alliance.", "A charter amendment concerns the whole alliance.");
    public static readonly LocalizedText ChantierNotFound = new("Je ne trouve pas ce chantier.", "I can't find that chantier.");
    public static readonly LocalizedText ChantierClosed = new("Ce chantier est clos : on n'y ouvre plus de tour.", "This chantier is closed: no new rounds there.");
    public static readonly LocalizedText OnlyAllies = new("Seul·es les allié·es de l'alliance prennent position.", "Only the alliance's allies take positions.");
    public static readonly LocalizedText OnlyChantierMembers = new("Ce tour concerne le chantier « {0} » : rejoignez-le pour y prendre position.", "This round belongs to the chantier \"{0}\": join it to take a position.");
    public static readonly LocalizedText OnlyFacilitatorsOpenAllianceRounds = new("Les tours de toute l'alliance sont ouverts par l'équipe d'animation. Vous pouvez ouvrir un tour dans un de vos chantiers.", "Alliance-wide rounds are opened by the facilitation team. You can open a round in one of your chantiers.");
    public static readonly LocalizedText OnlyMembersOpenChantierRounds = new("Seul·es les membres du chantier « {0} » y ouvrent des tours.", "Only members of the chantier \"{0}\" open rounds in it.");
    public static readonly LocalizedText NoScopeToOpen = new("Pour ouvrir un tour, rejoignez d'abord un chantier (les tours de toute l'alliance sont ouverts par l'équipe d'animation).", "To open a round, first join a chantier (alliance-wide rounds are opened by the facilitation team).");
    public static readonly LocalizedText OnlyInitiatorAmends = new("Seule la personne qui a ouvert le tour peut amender la proposition.", "Only the person who opened the round can amend the proposal.");
    public static readonly LocalizedText OnlyInitiatorOrAnimatorsAnswer = new("Les avis divergents sont traités par la personne qui a ouvert le tour et par les animateur·rices.", "Dissent is answered by the person who opened the round and by the animators.");
    public static readonly LocalizedText OnlyInitiatorOrAnimatorsClose = new("Seul·es la personne qui a ouvert le tour et les animateur·rices peuvent le clore avant l'échéance.", "Only the person who opened the round and the animators can close it before the deadline.");
    public static readonly LocalizedText AmendmentUnchanged = new("Le texte n'a pas changé : rien à amender.", "The text has not changed: nothing to amend.");
    public static readonly LocalizedText RoundClosed = new("Ce tour est clos (échéance passée).", "This round is closed (deadline passed).");
    public static readonly LocalizedText RoundAlreadyClosed = new("Ce tour est déjà clos.", "This round is already closed.");
    public static readonly LocalizedText RoundNotFound = new("Je ne trouve pas ce tour de consensus dans votre alliance.", "I can't find that consensus round in your alliance.");
    public static readonly LocalizedText RoundNumberExpected = new("Indiquez le numéro de la décision, par exemple « décision 3 ».", "Give the decision's number, for example \"decision 3\".");
    public static readonly LocalizedText RoundNumberNotFound = new("Il n'y a pas de décision n°{0} dans votre alliance.", "There is no decision #{0} in your alliance.");
    public static readonly LocalizedText UnknownStance = new("Je ne reconnais pas cette position : utilisez les boutons de la carte.", "I don't recognise that stance: please use the card's buttons.");
    public static readonly LocalizedText ClosedPositionKept = new("Ce tour est clos : votre position reste celle enregistrée avant l'échéance. Elle figure dans la décision.", "This round is closed: your position stays as recorded before the deadline. It is part of the decision.");
    public static readonly LocalizedText NoPositionToReconfirm = new("Vous n'avez pas encore de position sur ce tour : choisissez-en une.", "You have no position on this round yet: choose one.");
    public static readonly LocalizedText NothingToAnswer = new("Cette position n'est pas un avis divergent (ou n'existe plus) : rien à répondre.", "That position is not dissent (or no longer exists): nothing to answer.");
    public static readonly LocalizedText NoDissentYet = new("Aucune réserve, aucun avis divergent, aucune objection pour l'instant.", "No reservations, divergent opinions or objections so far.");
    public static readonly LocalizedText AnswerMissing = new("La réponse est vide : écrivez-la.", "The answer is empty: please write it.");
    public static readonly LocalizedText AnswerNotFound = new("Je ne trouve pas cette réponse à votre position.", "I can't find that answer to your position.");
    public static readonly LocalizedText AlreadyAddressed = new("C'était déjà noté : cette réponse répond à votre préoccupation.", "Already noted: this answer addresses your concern.");
    public static readonly LocalizedText AddressedNoted = new("Noté : la réponse répond à votre préoccupation. Vous pouvez changer votre position ci-dessous si vous le souhaitez.", "Noted: the answer addresses your concern. You can change your position below if you wish.");
    public static readonly LocalizedText AnswerRecorded = new("Réponse à {0} enregistrée ; {0} est prévenu·e.", "Answer to {0} recorded; {0} has been told.");
    public static readonly LocalizedText Amended = new("Tour n°{0} amendé : révision {1}. Les personnes qui avaient pris position sont invitées à la reconfirmer.", "Round #{0} amended: revision {1}. Those who had taken a position are invited to re-confirm it.");
    public static readonly LocalizedText ArbitrationNeedsClosedRound = new("On arbitre un tour clos sans consensus.", "Arbitration is for a closed round without consensus.");
    public static readonly LocalizedText ArbitrationOnlyWithoutConsensus = new("Ce tour a abouti à un consensus : pas d'arbitrage.", "This round reached consensus: no arbitration.");
    public static readonly LocalizedText AlreadyArbitrated = new("Ce tour a déjà été arbitré.", "This round has already been arbitrated.");
    public static readonly LocalizedText StatementMissing = new("L'arbitrage demande une déclaration : ce qui est décidé et pourquoi.", "An arbitration needs a statement: what is decided and why.");
    public static readonly LocalizedText Busy = new("Beaucoup d'activité sur ce tour : réessayez dans un instant.", "A lot is happening on this round: please try again in a moment.");
    public static readonly LocalizedText PositionRecorded = new("Position enregistrée sur le tour n°{0} : {1}.", "Position recorded on round #{0}: {1}.");
    public static readonly LocalizedText PositionAlreadyRecorded = new("C'est déjà votre position sur le tour n°{0} : {1}.", "That is already your position on round #{0}: {1}.");
    public static readonly LocalizedText LatePositionRecorded = new("Le tour n°{0} est clos : votre position ({1}) est ajoutée à la décision comme contribution tardive.", "Round #{0} is closed: your position ({1}) is added to the decision as a late contribution.");
    public static readonly LocalizedText LateBlockNotice = new("Objection bloquante tardive de {0} sur le tour n°{1} (déjà clos) : « {2} ». Elle figure au dossier ; à vous de voir s'il faut revenir sur la décision.", "Late blocking objection from {0} on round #{1} (already closed): \"{2}\". It is in the record; consider whether the decision should be revisited.");
    public static readonly LocalizedText Closed = new("Tour n°{0} clos : {1}.", "Round #{0} closed: {1}.");
    public static readonly LocalizedText Everyone = new("Tout le monde a pris position sur le tour n°{0}.", "Everyone has taken a position on round #{0}.");
    public static readonly LocalizedText Missing = new("Pas encore de position sur le tour n°{0} ({1}) :", "No position yet on round #{0} ({1}):");
    public static readonly LocalizedText Opened = new("Tour n°{0} ouvert.", "Round #{0} opened.");

    public static readonly LocalizedText JournalOpened = new("{0} a ouvert le tour de consensus n°{1} : {2}", "{0} opened consensus round #{1}: {2}");
    public static readonly LocalizedText JournalPosition = new("{0} : « {1} » sur le tour n°{2}", "{0}: \"{3}\" on round #{2}");
    public static readonly LocalizedText JournalAnswered = new("{0} a répondu à l'avis de {1} sur le tour n°{2}", "{0} answered {1}'s dissent on round #{2}");
    public static readonly LocalizedText JournalAddressed = new("{0} estime que la réponse reçue sur le tour n°{1} répond à sa préoccupation", "{0} considers the answer on round #{1} addresses their concern");
    public static readonly LocalizedText JournalAmended = new("{0} a amendé le tour n°{1} (révision {2})", "{0} amended round #{1} (revision {2})");
    public static readonly LocalizedText JournalClosed = new("Tour n°{0} : {1}", "Round #{0}: {2}");
}
