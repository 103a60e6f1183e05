using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Dialogs.Journal;

internal static class WhyTexts
{
    public static readonly LocalizedText Title = new("Pourquoi la décision {0} ?", "Why decision {0}?");
    public static readonly LocalizedText Question = new("Proposition (révision {0})", "Proposal (revision {0})");
    public static readonly LocalizedText Outcome = new("Issue : {0}", "Outcome: {0}");
    public static readonly LocalizedText StillOpen = new("Le tour est encore ouvert : pas encore d'issue.", "The round is still open: no outcome yet.");
    public static readonly LocalizedText Dissent = new("Avis divergents et réponses", "Dissent and answers");
    public static readonly LocalizedText NoDissent = new("Aucun avis divergent n'a été exprimé.", "No dissent was expressed.");
    public static readonly LocalizedText DissentLine = new("{0} — {1} : {2}", "{0} — {1}: {2}");
    public static readonly LocalizedText AnswerLine = new("  ↳ réponse de {0} : {1}{2}", "  ↳ answer by {0}: {1}{2}");
    public static readonly LocalizedText Addressed = new(" (répond à la préoccupation)", " (addresses the concern)");
    public static readonly LocalizedText Unanswered = new("  ↳ pas encore de réponse", "  ↳ no answer yet");
    public static readonly LocalizedText Experiences = new("Les expériences qui y ont mené", "The experiences that led to it");
    public static readonly LocalizedText NoExperiences = new("Aucune expérience n'est encore liée à cette décision.", "No experience is linked to this decision yet.");
    public static readonly LocalizedText Linked = new("Liées à la décision (bilan) : {0}", "Linked to the decision (review): {0}");
    public static readonly LocalizedText Cited = new("Citées par le principe {0} : {1}", "Cited by principle {0}: {1}");
    public static readonly LocalizedText FromChantier = new("Du chantier {0} avant la décision : {1} sur {2}, les plus récentes d'abord", "From chantier {0} before the decision: {1} of {2}, latest first");
    public static readonly LocalizedText ExperienceLine = new("{0} · {1} · {2} — {3}", "{0} · {1} · {2} — {3}");
    public static readonly LocalizedText NoDecisions = new("Les décisions ne sont pas encore disponibles ici.", "Decisions are not available here yet.");
    public static readonly LocalizedText Full = new("Le dossier complet : `décision {0}`.", "The full record: `decision {0}`.");
}
