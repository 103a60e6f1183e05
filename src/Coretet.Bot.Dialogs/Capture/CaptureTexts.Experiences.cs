using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Dialogs.Capture;

/// <summary>Prompt, answer, preference, digest and principle texts.</summary>
internal static partial class CaptureTexts
{
    public static readonly LocalizedText PromptTitle = new("Capitaliser l'expérience", "Capture experience");
    public static readonly LocalizedText PromptIntro = new("Quelques minutes pour garder la mémoire du chemin, pas seulement des résultats. Répondez à ce qui vous parle.", "A few minutes to keep the memory of the path, not only of the results. Answer what speaks to you.");
    public static readonly LocalizedText ReminderIntro = new("Petit rappel, sans obligation : votre expérience compte pour l'alliance.", "A gentle reminder, no obligation: your experience matters to the alliance.");
    public static readonly LocalizedText ChantierLabel = new("Chantier", "Chantier");
    public static readonly LocalizedText DecisionLabel = new("Décision à revoir", "Decision under review");
    public static readonly LocalizedText TagsLabel = new("Mots-clés (facultatif)", "Tags (optional)");
    public static readonly LocalizedText TagsPlaceholder = new("ex. : mobilisation, financement", "e.g. outreach, funding");
    public static readonly LocalizedText SendButton = new("Envoyer", "Send");
    public static readonly LocalizedText NothingButton = new("Rien à signaler", "Nothing to report");
    public static readonly LocalizedText SkipButton = new("Passer cette fois", "Skip this time");
    public static readonly LocalizedText ThanksRecorded = new("Merci ! Votre expérience **{0}** est enregistrée.", "Thank you! Your experience **{0}** is recorded.");
    public static readonly LocalizedText NothingRecorded = new("Noté : rien à signaler cette fois. Merci !", "Noted: nothing to report this time. Thank you!");
    public static readonly LocalizedText SkippedThisTime = new("D'accord, on passe cette fois.", "All right, skipping this time.");
    public static readonly LocalizedText EmptyExperience = new("Écrivez au moins une réponse (ou choisissez « Rien à signaler »).", "Write at least one answer (or choose \"Nothing to report\").");
    public static readonly LocalizedText AnswerTooLong = new("Une réponse fait au plus {0} caractères.", "An answer is at most {0} characters long.");
    public static readonly LocalizedText StalePrompt = new("Ces questions ne sont plus valables. Tapez « expérience » pour partager quand même.", "This prompt is no longer valid. Type \"experience\" to share anyway.");
    public static readonly LocalizedText NotYourPrompt = new("Ces questions ont été envoyées à d'autres allié·es. Tapez « expérience » pour partager la vôtre.", "This prompt was sent to other allies. Type \"experience\" to share yours.");
    public static readonly LocalizedText ShareDescription = new("partager une expérience à tout moment", "share an experience at any time");
    public static readonly LocalizedText BrowseDescription = new("lire les expériences (d'un chantier)", "read the experiences (of a chantier)");
    public static readonly LocalizedText ChantierArgument = new("[chantier]", "[chantier]");
    public static readonly LocalizedText ExperiencesTitle = new("Expériences de l'alliance", "The alliance's experiences");
    public static readonly LocalizedText ChantierExperiencesTitle = new("Expériences du chantier {0}", "Experiences of chantier {0}");
    public static readonly LocalizedText NoExperiences = new("Aucune expérience pour l'instant.", "No experience yet.");
    public static readonly LocalizedText NothingToReportMark = new("rien à signaler", "nothing to report");
    public static readonly LocalizedText JournalShared = new("{0} a partagé l'expérience {1}", "{0} shared experience {1}");
    public static readonly LocalizedText JournalNothing = new("{0} : rien à signaler ({1})", "{0}: nothing to report ({1})");

    public static readonly LocalizedText PausePromptsDescription = new("suspendre vos questions de capitalisation quelques jours", "pause your experience prompts for some days");
    public static readonly LocalizedText PausePromptsArguments = new("‹jours› | fin", "‹days› | off");
    public static readonly LocalizedText BadPauseDays = new("Indiquez un nombre de jours entre 1 et {0}, ou « fin ».", "Give a number of days between 1 and {0}, or \"off\".");
    public static readonly LocalizedText PausedFor = new("Pas de questions pendant {0} jours (jusqu'au {1}). « pause questions fin » pour reprendre plus tôt.", "No prompts for {0} days (until {1}). \"pause prompts off\" to resume earlier.");
    public static readonly LocalizedText PauseEnded = new("Vos questions de capitalisation reprennent.", "Your experience prompts are back on.");
    public static readonly LocalizedText QuietDescription = new("heures sans questions, dans votre fuseau horaire", "hours without prompts, in your time zone");
    public static readonly LocalizedText QuietArguments = new("‹début›-‹fin› | aucune", "‹start›-‹end› | off");
    public static readonly LocalizedText BadQuietHours = new("Écrivez une plage comme 20h-8h ou 20:00-08:00, ou « aucune ».", "Write a range such as 20:00-08:00, or \"off\".");
    public static readonly LocalizedText QuietSet = new("Heures calmes : de {0} à {1} ({2}). Les questions attendront la fin.", "Quiet hours: {0} to {1} ({2}). Prompts will wait until they end.");
    public static readonly LocalizedText QuietCleared = new("Plus d'heures calmes.", "Quiet hours removed.");

    public static readonly LocalizedText DigestTitle = new("Ce que le chantier {0} a appris", "What chantier {0} learned");
    public static readonly LocalizedText DigestIntro = new("{0} expérience(s) partagée(s) depuis le {1} :", "{0} experience(s) shared since {1}:");

    public static readonly LocalizedText ProposeDescription = new("proposer un principe directeur tiré d'expériences", "propose a guiding principle drawn from experiences");
    public static readonly LocalizedText ProposeArguments = new("‹id d'expérience›, ... : ‹texte›", "‹experience id›, ... : ‹text›");
    public static readonly LocalizedText PrinciplesDescription = new("lister les principes directeurs", "list the guiding principles");
    public static readonly LocalizedText ProposeUsage = new("Écrivez : principe ‹id d'expérience›, ‹id› : ‹texte du principe›. Les ids sont dans « expériences ».", "Write: principle ‹experience id›, ‹id› : ‹principle text›. Ids are shown by \"experiences\".");
    public static readonly LocalizedText UnknownExperience = new("Je ne trouve pas l'expérience « {0} ».", "I can't find experience \"{0}\".");
    public static readonly LocalizedText PrincipleTooLong = new("Un principe fait au plus {0} caractères.", "A principle is at most {0} characters long.");
    public static readonly LocalizedText PrincipleStored = new("Principe **{0}** proposé. Il sera soumis à un tour de consensus.", "Principle **{0}** proposed. It will go through a consensus round.");
    public static readonly LocalizedText PrincipleRoundOpened = new("Principe **{{0}}** proposé ; tour de consensus **{0}** ouvert.", "Principle **{{0}}** proposed; consensus round **{0}** opened.");
    public static readonly LocalizedText JournalPrinciple = new("{0} a proposé le principe {1}", "{0} proposed principle {1}");
    public static readonly LocalizedText PrinciplesTitle = new("Principes directeurs", "Guiding principles");
    public static readonly LocalizedText NoPrinciples = new("Aucun principe pour l'instant. « principe ‹ids› : ‹texte› » pour en proposer un.", "No principle yet. \"principle ‹ids› : ‹text›\" to propose one.");
    public static readonly LocalizedText Cites = new("tiré de", "from");

    public static LocalizedText PrincipleStatusName(PrincipleStatus status) => status switch
    {
        PrincipleStatus.Adopted => new("adopté", "adopted"),
        PrincipleStatus.Rejected => new("non retenu", "not adopted"),
        _ => new("proposé", "proposed"),
    };
}
