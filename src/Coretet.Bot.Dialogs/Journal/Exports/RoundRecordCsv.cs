using System.Globalization;
using Coretet.Bot.Dialogs.Consensus;

namespace Coretet.Bot.Dialogs.Journal.Exports;

/// <summary>The rounds of a CSV export, under <c>records/</c>: one row per round, per position, per answer to dissent.</summary>
internal static class RoundRecordCsv
{
    public static IEnumerable<(string Name, IReadOnlyList<string[]> Rows)> Tables(IReadOnlyList<RoundSnapshot> records)
    {
        if (records.Count == 0)
            yield break;
        yield return ("records/rounds.csv",
        [
            ["id", "number", "chantierId", "question", "revisions", "status", "outcome", "statement", "closedAt"],
            .. records.Select(r => new[]
            {
                r.Round.Id, Number(r.Round.Number), r.Round.Scope.ChantierId ?? "", r.Round.Current.Text, Number(r.Round.Revisions.Count),
                r.Round.Status.ToString(), r.Round.Outcome?.Kind.ToString() ?? "", r.Round.Outcome?.Statement ?? "", Time(r.Round.Outcome?.ClosedAt),
            }),
        ]);
        var positions = records.SelectMany(r => r.Positions).ToList();
        yield return ("records/positions.csv",
        [
            ["roundId", "allyId", "allyName", "stance", "reason", "revision", "at", "late", "changes"],
            .. positions.Select(p => new[] { p.RoundId, p.AllyId, p.AllyName, p.Stance.ToString(), p.Reason ?? "", Number(p.RevisionNumber), Time(p.At), p.Late ? "true" : "false", Number(p.History.Count) }),
        ]);
        yield return ("records/responses.csv",
        [
            ["roundId", "positionAllyId", "id", "authorId", "authorName", "text", "at", "addressed"],
            .. positions.SelectMany(p => p.Responses.Select(a => new[] { p.RoundId, p.AllyId, Number(a.Id), a.AuthorId, a.AuthorName, a.Text, Time(a.At), a.Addressed ? "true" : "false" })),
        ]);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset? at) => at?.ToString("O", CultureInfo.InvariantCulture) ?? "";
}
