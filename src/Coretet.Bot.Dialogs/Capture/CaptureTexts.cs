using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Dialogs.Capture;

/// <summary>Schedule texts (commands, validation, listing); see CaptureTexts.Experiences.cs for prompts and answers.</summary>
internal static partial class CaptureTexts
{
    public static readonly LocalizedText PlanDescription = new("planifier des questions de capitalisation (équipe d'animation, animateur·rices)", "schedule experience prompts (facilitators, animators)");
    public static readonly LocalizedText PlanArguments = new("[chantier ‹id›] [hebdo|quinzaine|mensuel ‹jour›] [lundi] [9h00] [mp|canal] [tous|participants|animateurs] [cron ‹expression›]", "[chantier ‹id›] [weekly|fortnightly|monthly ‹day›] [monday] [9:00] [dm|channel] [all|participants|animators] [cron ‹expression›]");
    public static readonly LocalizedText ListDescription = new("lister les plannings de capitalisation", "list capture schedules");
    public static readonly LocalizedText PauseDescription = new("suspendre un planning", "pause a schedule");
    public static readonly LocalizedText ResumeDescription = new("reprendre un planning suspendu", "resume a paused schedule");
    public static readonly LocalizedText DeleteDescription = new("supprimer un planning", "delete a schedule");
    public static readonly LocalizedText QuestionsDescription = new("changer les questions d'un planning", "change a schedule's questions");
    public static readonly LocalizedText QuestionsArguments = new("‹id› question 1 | question 2 | ... (ou « défaut »)", "‹id› question 1 | question 2 | ... (or \"default\")");
    public static readonly LocalizedText NowDescription = new("envoyer les questions d'un planning tout de suite", "send a schedule's prompt right now");
    public static readonly LocalizedText IdArgument = new("‹id›", "‹id›");

    public static readonly LocalizedText UnknownScheduleWord = new("Je ne comprends pas « {0} » dans ce planning. Exemple : planifier capture chantier ‹id› hebdo lundi 9h00 mp participants.", "I don't understand \"{0}\" in this schedule. Example: schedule capture chantier ‹id› weekly monday 9:00 dm participants.");
    public static readonly LocalizedText BadTime = new("« {0} » n'est pas une heure valide (exemples : 9h, 9h30, 17:45).", "\"{0}\" is not a valid time (examples: 9:00, 9h30, 17:45).");
    public static readonly LocalizedText BadDayOfMonth = new("Pour un planning mensuel, choisissez un jour entre 1 et 28 (tous les mois l'ont).", "For a monthly schedule, pick a day between 1 and 28 (every month has it).");
    public static readonly LocalizedText CronMissing = new("Après « cron », écrivez une expression Quartz, par exemple : cron 0 0 9 ? * MON", "After \"cron\", write a Quartz expression, for example: cron 0 0 9 ? * MON");
    public static readonly LocalizedText CronNeverFires = new("Ce planning ne se déclencherait plus jamais.", "This schedule would never fire again.");
    public static readonly LocalizedText AudienceNeedsChantier = new("Les participant·es et animateur·rices sont ceux d'un chantier : ajoutez « chantier ‹id› ».", "Participants and animators belong to a chantier: add \"chantier ‹id›\".");
    public static readonly LocalizedText ChannelNeedsLinkedChantier = new("Un envoi dans le canal demande un chantier lié à un canal.", "Channel delivery needs a chantier linked to a channel.");
    public static readonly LocalizedText FacilitatorsOnly = new("Seule l'équipe d'animation gère les plannings de toute l'alliance.", "Only the facilitation team manages alliance-wide schedules.");
    public static readonly LocalizedText AnimatorsOnly = new("Seul·es les animateur·rices de ce chantier (ou l'équipe d'animation) gèrent ses plannings.", "Only this chantier's animators (or the facilitation team) manage its schedules.");
    public static readonly LocalizedText UnknownSchedule = new("Je ne trouve pas le planning « {0} ». Tapez « captures » pour la liste.", "I can't find schedule \"{0}\". Type \"capture schedules\" for the list.");
    public static readonly LocalizedText UnknownChantier = new("Je ne trouve pas de chantier ouvert « {0} ».", "I can't find an open chantier \"{0}\".");
    public static readonly LocalizedText AlreadyPaused = new("Ce planning est déjà suspendu.", "This schedule is already paused.");
    public static readonly LocalizedText NotPaused = new("Ce planning n'est pas suspendu.", "This schedule is not paused.");
    public static readonly LocalizedText QuestionsCount = new("Donnez entre 1 et {0} questions, séparées par « | ».", "Give between 1 and {0} questions, separated by \"|\".");
    public static readonly LocalizedText QuestionTooLong = new("Une question fait au plus {0} caractères.", "A question is at most {0} characters long.");

    public static readonly LocalizedText Scheduled = new("Planning **{0}** créé : {1}.", "Schedule **{0}** created: {1}.");
    public static readonly LocalizedText Paused = new("Planning **{0}** suspendu.", "Schedule **{0}** paused.");
    public static readonly LocalizedText Resumed = new("Planning **{0}** repris.", "Schedule **{0}** resumed.");
    public static readonly LocalizedText Deleted = new("Planning **{0}** supprimé.", "Schedule **{0}** deleted.");
    public static readonly LocalizedText QuestionsChanged = new("Questions du planning **{0}** mises à jour.", "Questions of schedule **{0}** updated.");
    public static readonly LocalizedText FiredNow = new("C'est parti : les questions du planning **{0}** partent maintenant.", "On its way: schedule **{0}**'s prompt is being sent now.");
    public static readonly LocalizedText SchedulesTitle = new("Plannings de capitalisation", "Capture schedules");
    public static readonly LocalizedText NoSchedules = new("Aucun planning. Essayez : planifier capture hebdo lundi 9h00", "No schedule yet. Try: schedule capture weekly monday 9:00");
    public static readonly LocalizedText ScopeAlliance = new("toute l'alliance", "whole alliance");
    public static readonly LocalizedText ScopeChantier = new("chantier {0}", "chantier {0}");
    public static readonly LocalizedText StatePaused = new("suspendu", "paused");
    public static readonly LocalizedText StateNext = new("prochain : {0}", "next: {0}");
    public static readonly LocalizedText StateNoNext = new("plus de déclenchement", "no further occurrence");
    public static readonly LocalizedText EveryWeek = new("chaque {0} à {1}", "every {2} at {1}");
    public static readonly LocalizedText EveryOtherWeek = new("un {0} sur deux à {1}", "every other {2} at {1}");
    public static readonly LocalizedText EveryMonth = new("le {0} de chaque mois à {1}", "day {0} of each month at {1}");
    public static readonly LocalizedText CronDescription = new("cron « {0} »", "cron \"{0}\"");
    public static readonly LocalizedText JournalScheduled = new("{0} a planifié la capitalisation {1}", "{0} scheduled capture {1}");
    public static readonly LocalizedText JournalChanged = new("{0} : planning {1} ({2})", "{0}: schedule {1} ({2})");
    public static readonly LocalizedText JournalReachableAgain = new(
        "{0} écrit de nouveau au bot : les questions de capitalisation reprennent", "{0} wrote to the bot again: capture prompts resume");

    public static LocalizedText AudienceName(CaptureAudience audience) => audience switch
    {
        CaptureAudience.Participants => new("participant·es", "participants"),
        CaptureAudience.Animators => new("animateur·rices", "animators"),
        _ => new("tous les allié·es", "all allies"),
    };

    public static LocalizedText DeliveryName(CaptureDelivery delivery) => delivery == CaptureDelivery.Channel
        ? new("dans le canal", "in the channel")
        : new("en message privé", "by direct message");
}
