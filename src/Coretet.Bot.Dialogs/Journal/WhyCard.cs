using Coretet.Bot.Dialogs.Consensus;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Journal;

/// <summary>"Why did we decide X?": the proposal, the outcome and its statement, the dissent and the answers, the experiences behind it.</summary>
public static class WhyCard
{
    /// <summary>The capture capability's event for a shared experience.</summary>
    public const string ExperienceKind = "ExperienceShared";

    public static CardView Render(Round round, IReadOnlyList<Position> positions, IReadOnlyList<JournalEntry> experiences, Language language)
    {
        var body = new List<CardElement>
        {
            new CardText(WhyTexts.Question.Format(round.Current.Number).In(language), TextStyle.Emphasis),
            new CardText(round.Current.Text) { Literal = true },
        };
        if (round.Outcome is { } outcome)
        {
            body.Add(new CardText(WhyTexts.Outcome.Format(ConsensusTexts.OutcomeName(outcome.Kind).In(language)).In(language), TextStyle.Emphasis));
            if (outcome.Statement is { } statement)
                body.Add(new CardText(statement) { Literal = true });
        }
        else
        {
            body.Add(new CardText(WhyTexts.StillOpen.In(language), TextStyle.Subtle));
        }

        var dissent = positions.Where(p => p.IsDissent).OrderBy(p => p.At).ToList();
        body.Add(dissent.Count == 0
            ? new CardText(WhyTexts.NoDissent.In(language))
            : new CardList(WhyTexts.Dissent.In(language), [.. dissent.SelectMany(p => DissentLines(p, language))]));
        if (experiences.Count > 0)
            body.Add(new CardList(WhyTexts.Experiences.In(language), [.. experiences.Select(e => e.Summary.In(language))]));
        body.Add(new CardText(WhyTexts.Full.Format(round.Number).In(language), TextStyle.Subtle));
        return new CardView(WhyTexts.Title.Format(round.Number).In(language), body, []) { Language = language };
    }

    private static IEnumerable<string> DissentLines(Position position, Language language)
    {
        yield return WhyTexts.DissentLine.Format(position.AllyName, ConsensusTexts.StanceName(position.Stance).In(language), position.Reason ?? "—").In(language);
        if (position.Responses.Count == 0)
            yield return WhyTexts.Unanswered.In(language);
        foreach (var answer in position.Responses)
            yield return WhyTexts.AnswerLine.Format(answer.AuthorName, answer.Text, answer.Addressed ? WhyTexts.Addressed.In(language) : "").In(language);
    }
}
