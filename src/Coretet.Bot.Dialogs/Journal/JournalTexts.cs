using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Dialogs.Journal;

internal static class JournalTexts
{
    public static readonly LocalizedText JournalDescription = new(
        "les derniers événements de l'alliance (filtres : chantier ‹n›, @allié·e, type ‹Kind›)",
        "the alliance's latest events (filters: chantier ‹n›, @ally, kind ‹Kind›)");

    public static readonly LocalizedText JournalArguments = new("[chantier ‹n›] [@allié·e] [type ‹Kind›]", "[chantier ‹n›] [@ally] [kind ‹Kind›]");

    public static readonly LocalizedText ExportDescription = new(
        "exporter la mémoire : markdown, csv ou json, toute l'alliance (équipe d'animation) ou un chantier (ses animateur·rices)",
        "export the memory: markdown, csv or json, the whole alliance (facilitators) or one chantier (its animators)");

    public static readonly LocalizedText ExportArguments = new("[markdown|csv|json] [chantier ‹n›]", "[markdown|csv|json] [chantier ‹n›]");

    public static readonly LocalizedText WhyDescription = new(
        "pourquoi avons-nous décidé… : l'issue, les avis divergents et leurs réponses, les expériences liées",
        "why did we decide…: the outcome, the dissent and its answers, the experiences behind it");

    public static readonly LocalizedText WhyArguments = new("‹n›", "‹n›");

    public static readonly LocalizedText Title = new("Journal — {0}", "Journal — {0}");
    public static readonly LocalizedText Filtered = new("Filtre : {0}", "Filter: {0}");
    public static readonly LocalizedText ChantierFilter = new("chantier {0}", "chantier {0}");
    public static readonly LocalizedText AllyFilter = new("allié·e {0}", "ally {0}");
    public static readonly LocalizedText KindFilter = new("type {0}", "kind {0}");
    public static readonly LocalizedText Empty = new("Rien dans le journal pour l'instant.", "Nothing in the journal yet.");
    public static readonly LocalizedText NoMore = new("C'est le début du journal.", "This is the start of the journal.");
    public static readonly LocalizedText Older = new("Plus anciens", "Older");
    public static readonly LocalizedText Line = new("{0} · {1}", "{0} · {1}");

    public static readonly LocalizedText JournalUsage = new(
        "Je n'ai pas compris « {0} ». Exemples : `journal`, `journal chantier 2`, `journal @Alice`, `journal type PositionTaken`.",
        "I did not understand '{0}'. Examples: `journal`, `journal chantier 2`, `journal @Alice`, `journal kind PositionTaken`.");

    public static readonly LocalizedText ExportUsage = new(
        "Je n'ai pas compris « {0} ». Exemples : `exporter`, `exporter csv`, `exporter json chantier 2`.",
        "I did not understand '{0}'. Examples: `export`, `export csv`, `export json chantier 2`.");

    public static readonly LocalizedText UnknownChantier = new("Je ne connais pas de chantier {0}.", "I know no chantier {0}.");

    public static readonly LocalizedText OnlyFacilitators = new(
        "Désolé, exporter toute l'alliance est réservé à l'équipe d'animation. Les animateur·rices d'un chantier peuvent exporter le leur : `exporter chantier ‹n›`.",
        "Sorry, exporting the whole alliance is for the facilitation team. A chantier's animators can export theirs: `export chantier ‹n›`.");

    public static readonly LocalizedText OnlyAnimators = new(
        "Désolé, exporter le chantier {0} est réservé à ses animateur·rices et à l'équipe d'animation.",
        "Sorry, exporting chantier {0} is for its animators and the facilitation team.");

    public static readonly LocalizedText ExportCaption = new(
        "Export {0} de la mémoire ({1}) : {2} événement(s).",
        "{0} export of the memory ({1}): {2} event(s).");
}
