using System.Globalization;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;
using T = Coretet.Bot.Dialogs.Consensus.ConsensusCardTexts;

namespace Coretet.Bot.Dialogs.Consensus;

/// <summary><c>décision &lt;n&gt;</c>: the full record (revisions, positions with their history, answers, outcome, late
/// contributions); <c>décisions</c>: recent outcomes and open rounds.</summary>
public static class RoundRecordView
{
    public static CardView Record(RoundSnapshot snapshot, Language language, string? readerZone, IReadOnlyList<CardElement>? sections = null)
    {
        var round = snapshot.Round;
        var zone = readerZone ?? round.TimeZone;
        var body = new List<CardElement>(RoundCard.Header(round, snapshot.ChantierTitle, language, readerZone));
        if (round.Outcome is { } outcome)
        {
            var line = T.OutcomeLine.Format(ConsensusTexts.OutcomeName(outcome.Kind).In(language)).In(language);
            body.Add(new CardText($"{line} — {RoundTimes.Format(outcome.ClosedAt, zone, language)}", TextStyle.Emphasis));
            if (outcome.Statement is { } statement)
                body.Add(new CardText(statement) { Literal = true });
        }

        body.AddRange(sections ?? []);

        body.Add(new CardList(T.RevisionsHeading.In(language), round.Revisions
            .Select(r => T.RevisionLine.Format(r.Number, RoundTimes.Format(r.At, zone, language), r.Text).In(language)).ToList()));
        body.Add(RoundCard.TallyFacts(snapshot.Tally, language));
        var onTime = snapshot.Positions.Where(p => !p.Late).OrderBy(p => p.At).ToList();
        var late = snapshot.Positions.Where(p => p.Late).OrderBy(p => p.At).ToList();
        body.Add(new CardList(T.PositionsHeading.In(language), onTime.SelectMany(p => Lines(round, p, zone, language)).ToList()));
        if (late.Count > 0)
            body.Add(new CardList(T.LateHeading.In(language), late.SelectMany(p => Lines(round, p, zone, language)).ToList()));
        return new CardView(T.RecordTitle.Format(round.Number).In(language), body, []) { Language = language };
    }

    public static CardView Decisions(IReadOnlyList<Round> rounds, int count, Language language)
    {
        var closed = rounds.Where(r => r.Outcome is not null).OrderByDescending(r => r.Outcome!.ArbitratedAt ?? r.Outcome.ClosedAt).Take(count)
            .Select(r => T.DecisionLine.Format(r.Number, ConsensusTexts.OutcomeName(r.Outcome!.Kind).In(language),
                ConsensusService.Shorten(r.Current.Text), RoundTimes.FormatDate(DateOnly.FromDateTime(r.Outcome.ClosedAt.UtcDateTime), language)).In(language))
            .ToList();
        var open = rounds.Where(r => r.IsOpen).OrderBy(r => r.Deadline)
            .Select(r => T.OpenLine.Format(r.Number, ConsensusService.Shorten(r.Current.Text), RoundTimes.Format(r.Deadline, r.TimeZone, language)).In(language))
            .ToList();
        var body = new List<CardElement>();
        body.Add(closed.Count > 0 ? new CardList(T.RecentHeading.In(language), closed) : new CardText(T.NoDecisionsYet.In(language)));
        if (open.Count > 0)
            body.Add(new CardList(T.OpenHeading.In(language), open));
        body.Add(new CardText(T.DecisionsHint.In(language), TextStyle.Subtle));
        return new CardView(T.DecisionsTitle.In(language), body, []) { Language = language };
    }

    private static IEnumerable<string> Lines(Round round, Position p, string zone, Language language)
    {
        foreach (var line in RoundCard.PositionLines(round, p, language))
            yield return line;
        yield return T.PositionAt.Format(RoundTimes.Format(p.At, zone, language)).In(language);
        foreach (var change in p.History)
        {
            yield return T.HistoryLine.Format(ConsensusTexts.StanceName(change.Stance).In(language), change.RevisionNumber.ToString(CultureInfo.InvariantCulture),
                RoundTimes.Format(change.At, zone, language), change.Reason ?? "—").In(language);
        }
    }
}
