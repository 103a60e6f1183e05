using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Dialogs.Journal.Exports;

internal static class ExportTexts
{
    public static readonly LocalizedText Title = new("Mémoire de l'alliance « {0} »", "Memory of the alliance '{0}'");
    public static readonly LocalizedText WholeAlliance = new("toute l'alliance", "the whole alliance");
    public static readonly LocalizedText OneChantier = new("chantier {0} — {1}", "chantier {0} — {1}");
    public static readonly LocalizedText Generated = new("Portée : {0}. Produit le {1} ({2}).", "Scope: {0}. Generated on {1} ({2}).");
    public static readonly LocalizedText Count = new("{0} événement(s).", "{0} event(s).");
    public static readonly LocalizedText Path = new("Le chemin", "The path");
    public static readonly LocalizedText Decisions = new("Décisions", "Decisions");
    public static readonly LocalizedText Chantiers = new("Chantiers", "Chantiers");
    public static readonly LocalizedText Chantier = new("Chantier {0} — {1}", "Chantier {0} — {1}");
    public static readonly LocalizedText Members = new("Animation : {0}. Participant·es : {1}.", "Animators: {0}. Participants: {1}.");
    public static readonly LocalizedText Closed = new("(fermé)", "(closed)");
    public static readonly LocalizedText Allies = new("Allié·es", "Allies");
    public static readonly LocalizedText Ally = new("{0} — {1}, {2}, charte v{3}", "{0} — {1}, {2}, charter v{3}");
    public static readonly LocalizedText Nothing = new("Rien encore.", "Nothing yet.");
    public static readonly LocalizedText None = new("personne", "nobody");
}
