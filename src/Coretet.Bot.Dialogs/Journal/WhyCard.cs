using System.Globalization;
using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Dialogs.Consensus;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Journal;

/// <summary>"Why did we decide X?": the proposal, the outcome and its statement, the dissent and the answers, the experiences behind it.</summary>
public static class WhyCard
{
    /// <summary>The capture capability's event for a shared experience.</summary>
    public const string ExperienceKind = "ExperienceShared";

    /// <summary>An experience's line shows this much of what was learned (or of its first answer).</summary>
    public const int ExcerptLength = 140;

    public static CardView Render(Round round, IReadOnlyList<Position> positions, DecisionExperiences experiences, Language language)
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
        body.AddRange(ExperienceLists(round, experiences, language));
        body.Add(new CardText(WhyTexts.Full.Format(round.Number).In(language), TextStyle.Subtle));
        return new CardView(WhyTexts.Title.Format(round.Number).In(language), body, []) { Language = language };
    }

    private static IEnumerable<CardElement> ExperienceLists(Round round, DecisionExperiences experiences, Language language)
    {
        yield return new CardText(WhyTexts.Experiences.In(language), TextStyle.Emphasis);
        if (experiences.IsEmpty)
            yield return new CardText(WhyTexts.NoExperiences.In(language), TextStyle.Subtle);
        if (experiences.Linked.Count > 0)
            yield return List(WhyTexts.Linked.Format(experiences.Linked.Count), experiences.Linked);
        if (experiences.Cited.Count > 0)
            yield return List(WhyTexts.Cited.Format(experiences.PrincipleId, experiences.Cited.Count), experiences.Cited);
        if (experiences.ChantierTotal > 0)
            yield return List(WhyTexts.FromChantier.Format(round.Scope.ChantierId, experiences.FromChantier.Count, experiences.ChantierTotal), experiences.FromChantier);

        CardList List(Texts.LocalizedText heading, IReadOnlyList<Experience> items) =>
            new(heading.In(language), [.. items.Select(e => ExperienceLine(e, round.TimeZone, language))]);
    }

    private static string ExperienceLine(Experience experience, string timeZone, Language language)
    {
        var date = JournalTimes.ToLocal(experience.At, timeZone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var answer = experience.Answers.FirstOrDefault(a => a.QuestionKey == "learned") ?? (experience.Answers.Count > 0 ? experience.Answers[0] : null);
        var text = (answer?.Text ?? "").ReplaceLineEndings(" ");
        var excerpt = text.Length <= ExcerptLength ? text : text[..(ExcerptLength - 1)].TrimEnd() + "…";
        return WhyTexts.ExperienceLine.Format(experience.AllyName, date, experience.Id, excerpt).In(language);
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
