using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Dialogs.Consensus;

namespace Coretet.Bot.Dialogs.Journal;

/// <summary>
/// "The experiences that led to it", for <c>pourquoi n</c>: the experiences linked to the decision (answers to its
/// review prompt, <see cref="Experience.DecisionId"/>), those cited by the principle this round decides, and the
/// experiences of the round's chantier recorded before the decision closed (the latest few, with their count). An
/// experience appears once, in the first group it belongs to; "nothing to report" answers are not experiences.
/// </summary>
public sealed record DecisionExperiences(IReadOnlyList<Experience> Linked, IReadOnlyList<Experience> Cited, IReadOnlyList<Experience> FromChantier, int ChantierTotal)
{
    /// <summary>How many of the chantier's experiences the card shows (latest first).</summary>
    public const int ChantierShown = 3;

    public static readonly DecisionExperiences None = new([], [], [], 0);

    /// <summary>The principle this round decides, when it is a principle round.</summary>
    public string? PrincipleId { get; init; }

    public bool IsEmpty => Linked.Count == 0 && Cited.Count == 0 && ChantierTotal == 0;

    public static DecisionExperiences Of(Round round, IReadOnlyList<Experience> experiences, IEnumerable<Principle> principles, DateTimeOffset now)
    {
        var shared = experiences.Where(e => !e.NothingToReport).OrderBy(e => e.At).ToList();
        var linked = shared.Where(e => e.DecisionId == round.Id).ToList();
        var principle = principles.FirstOrDefault(p => p.RoundId == round.Id);
        var cited = principle is null ? [] : shared.Where(e => principle.ExperienceIds.Contains(e.Id, StringComparer.Ordinal) && !linked.Contains(e)).ToList();
        var until = round.Outcome?.ClosedAt ?? now;
        var chantier = round.Scope.ChantierId is not { } chantierId ? [] : shared
            .Where(e => e.ChantierId == chantierId && e.At <= until && !linked.Contains(e) && !cited.Contains(e))
            .ToList();
        return new DecisionExperiences(linked, cited, [.. Enumerable.Reverse(chantier).Take(ChantierShown)], chantier.Count) { PrincipleId = principle?.Id };
    }
}
