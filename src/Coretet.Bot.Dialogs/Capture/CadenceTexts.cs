using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Dialogs.Capture;

/// <summary>Validation messages for <see cref="ICadenceCalendar"/> implementations.</summary>
public static class CadenceTexts
{
    public static readonly LocalizedText CronInvalid = new("L'expression cron « {0} » n'est pas valide : {1}. Format Quartz à 6 ou 7 champs, secondes d'abord (seconde minute heure jour-du-mois mois jour-de-semaine [année]), avec « ? » dans un des deux jours. Exemple : 0 0 9 ? * MON (chaque lundi à 9h).", "The cron expression \"{0}\" is not valid: {1}. Quartz format, 6 or 7 fields, seconds first (second minute hour day-of-month month day-of-week [year]), with \"?\" in one of the two day fields. Example: 0 0 9 ? * MON (every Monday at 9:00).");
    public static readonly LocalizedText CronTooFrequent = new("L'expression cron « {0} » se déclencherait plus d'une fois par jour ; une capitalisation par jour au plus.", "The cron expression \"{0}\" would fire more than once a day; at most one prompt a day.");
    public static readonly LocalizedText UnknownTimeZone = new("Le fuseau horaire « {0} » est inconnu (exemple : Europe/Paris).", "Unknown time zone \"{0}\" (example: Europe/Paris).");
}
