using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Dialogs.Journal.Exports;

internal static class RecordTexts
{
    public static readonly LocalizedText Title = new("Décision {0} — {1}", "Decision {0} — {1}");
    public static readonly LocalizedText Facts = new("Tour {0}, chantier {1}, ouvert par {2} le {3}, échéance {4}.", "Round {0}, chantier {1}, opened by {2} on {3}, deadline {4}.");
    public static readonly LocalizedText Outcome = new("Issue : **{0}** ({1}).", "Outcome: **{0}** ({1}).");
    public static readonly LocalizedText Revision = new("Révision {0} ({1}) : {2}", "Revision {0} ({1}): {2}");
    public static readonly LocalizedText Position = new("{0} — **{1}** (révision {2}, {3}){4}", "{0} — **{1}** (revision {2}, {3}){4}");
    public static readonly LocalizedText Late = new(" — contribution tardive", " — late contribution");
    public static readonly LocalizedText Reason = new("raison : {0}", "reason: {0}");
    public static readonly LocalizedText Earlier = new("auparavant : {0} ({1}) — {2}", "earlier: {0} ({1}) — {2}");
    public static readonly LocalizedText Answer = new("réponse de {0} : {1}{2}", "answer by {0}: {1}{2}");
    public static readonly LocalizedText Addressed = new(" (répond à la préoccupation)", " (addresses the concern)");
    public static readonly LocalizedText Experiences = new("Expériences", "Experiences");
    public static readonly LocalizedText Experience = new("Expérience {0} — {1}, {2}", "Experience {0} — {1}, {2}");
    public static readonly LocalizedText ExperienceLinks = new("Chantier {0} ; décision (bilan) : {1}.", "Chantier {0}; decision (review): {1}.");
    public static readonly LocalizedText Tags = new("Mots-clés : {0}.", "Tags: {0}.");
    public static readonly LocalizedText Principles = new("Principes directeurs", "Guiding principles");
    public static readonly LocalizedText Principle = new("**{0}** — {1} (principe {2}, proposé par {3} le {4} ; tiré de {5})", "**{0}** — {1} (principle {2}, proposed by {3} on {4}; from {5})");
}
