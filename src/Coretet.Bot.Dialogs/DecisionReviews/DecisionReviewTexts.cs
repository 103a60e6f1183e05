using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Dialogs.DecisionReviews;

/// <summary>What a round's record says about its review, and the journal sentence.</summary>
public static class DecisionReviewTexts
{
    public static readonly LocalizedText Heading = new("Revue de la décision", "Decision review");

    public static readonly LocalizedText Scheduled = new(
        "Revue prévue le {0} : les allié·e·s du périmètre seront invité·e·s à partager leur expérience de cette décision.",
        "Review scheduled for {0}: the allies in scope will be asked to share their experience of this decision.");

    public static readonly LocalizedText Sent = new(
        "Revue envoyée le {0} à {1} allié·e(s) du périmètre.",
        "Review sent on {0} to {1} ally(ies) in scope.");

    public static readonly LocalizedText Experiences = new(
        "Retours d'expérience liés à la décision : {0} (dont « rien à signaler » : {1}).",
        "Experiences linked to the decision: {0} (of which \"nothing to report\": {1}).");

    public static readonly LocalizedText ExperienceLine = new("{0} — {1} ({2})", "{0} — {1} ({2})");

    public static readonly LocalizedText NothingToReport = new("rien à signaler", "nothing to report");

    public static readonly LocalizedText NotAdopted = new(
        "Pas de revue : la décision n'a pas été adoptée.",
        "No review: the decision was not adopted.");

    public static readonly LocalizedText Cancelled = new(
        "Revue annulée : la décision n'est plus adoptée ou son périmètre n'existe plus.",
        "Review cancelled: the decision is no longer adopted or its scope no longer exists.");

    public static readonly LocalizedText JournalSent = new(
        "Revue de la décision n°{0} : invitation à capitaliser l'expérience envoyée à {1} allié·e(s).",
        "Review of decision #{0}: experience prompt sent to {1} ally(ies).");
}
