using System.Globalization;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Capture;

/// <summary>Channel-neutral cards of the capture capability.</summary>
public static class CaptureViews
{
    public const string AnswerVerb = "capture.answer";
    public const string NothingVerb = "capture.nothing";
    public const string SkipVerb = "capture.skip";
    public const string QuestionInputPrefix = "q.";
    public const string TagsInput = "tags";
    public const string OccurrenceData = "occurrence";
    public const string ChantierData = "chantier";
    public const string DecisionData = "decision";

    public static CardView Prompt(PromptContent content, Language language)
    {
        var body = new List<CardElement>
        {
            new CardText((content.IsReminder ? CaptureTexts.ReminderIntro : CaptureTexts.PromptIntro).In(language)),
        };
        if (content.ChantierTitle is { } title)
            body.Add(new CardFacts([new CardFact(CaptureTexts.ChantierLabel.In(language), title)]));
        if (content.DecisionTitle is { } decision)
            body.Add(new CardFacts([new CardFact(CaptureTexts.DecisionLabel.In(language), decision)]));
        body.AddRange(content.Questions.Select(q => new TextInput(QuestionInputPrefix + q.Key, q.Text.In(language))
        {
            Multiline = true,
            MaxLength = Experience.MaxAnswerLength,
        }));
        body.Add(new TextInput(TagsInput, CaptureTexts.TagsLabel.In(language)) { Placeholder = CaptureTexts.TagsPlaceholder.In(language), MaxLength = 200 });
        var data = new Dictionary<string, string> { [OccurrenceData] = content.OccurrenceKey };
        if (content.ChantierId is { } chantier)
            data[ChantierData] = chantier;
        if (content.DecisionId is { } decisionId)
            data[DecisionData] = decisionId;
        var scheduled = content.OccurrenceKey.Length > 0;
        var buttons = new List<CardButton> { new(CaptureTexts.SendButton.In(language), AnswerVerb, data) { Style = ButtonStyle.Primary } };
        if (scheduled)
        {
            buttons.Add(new CardButton(CaptureTexts.NothingButton.In(language), NothingVerb, data) { SubmitsInputs = false });
            buttons.Add(new CardButton(CaptureTexts.SkipButton.In(language), SkipVerb, data) { SubmitsInputs = false });
        }

        return new CardView(CaptureTexts.PromptTitle.In(language), body, buttons) { Language = language };
    }

    public static CardView Thanks(Experience experience, Language language) =>
        new(CaptureTexts.PromptTitle.In(language), [
            new CardText((experience.NothingToReport ? CaptureTexts.NothingRecorded : CaptureTexts.ThanksRecorded.Format(experience.Id)).In(language)),
        ], []) { Language = language };

    public static CardView Schedules(IReadOnlyList<(CaptureSchedule Schedule, DateTimeOffset? Next)> items, Language language)
    {
        if (items.Count == 0)
            return new CardView(CaptureTexts.SchedulesTitle.In(language), new CardText(CaptureTexts.NoSchedules.In(language)));
        var facts = items.Select(i => new CardFact(i.Schedule.Id, Describe(i.Schedule, i.Next, language))).ToList();
        return new CardView(CaptureTexts.SchedulesTitle.In(language), new CardFacts(facts)) { Language = language };
    }

    public static string Describe(CaptureSchedule schedule, DateTimeOffset? next, Language language)
    {
        var scope = schedule.ChantierId is { } c ? CaptureTexts.ScopeChantier.Format(c) : CaptureTexts.ScopeAlliance;
        var state = schedule.IsPaused ? CaptureTexts.StatePaused
            : next is { } n ? CaptureTexts.StateNext.Format(Local(n, schedule.TimeZone)) : CaptureTexts.StateNoNext;
        return $"{scope.In(language)} · {schedule.Cadence.Describe().In(language)} ({schedule.TimeZone}) · "
            + $"{CaptureTexts.AudienceName(schedule.Audience).In(language)} · {CaptureTexts.DeliveryName(schedule.Delivery).In(language)} · {state.In(language)}";
    }

    public static CardView Experiences(string heading, IReadOnlyList<Experience> items, Language language)
    {
        if (items.Count == 0)
            return new CardView(heading, new CardText(CaptureTexts.NoExperiences.In(language)));
        var body = new List<CardElement>();
        foreach (var e in items.OrderByDescending(e => e.At))
        {
            var date = e.At.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            body.Add(new CardText($"{e.AllyName} · {date} · {e.Id}", TextStyle.Emphasis) { Literal = true });
            if (e.NothingToReport)
                body.Add(new CardText(CaptureTexts.NothingToReportMark.In(language), TextStyle.Subtle));
            else
                body.Add(new CardFacts(e.Answers.Select(a => new CardFact(a.Question.In(language), a.Text)).ToList()));
        }

        return new CardView(heading, body, []) { Language = language };
    }

    public static CardView Digest(Chantiers.ChantierSummary chantier, IReadOnlyList<Experience> items, DateOnly since, Language language)
    {
        var body = new List<CardElement> { new CardText(CaptureTexts.DigestIntro.Format(items.Count, since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).In(language)) };
        var groups = items.SelectMany(e => e.Answers.Select(a => (e.AllyName, Answer: a)))
            .GroupBy(x => x.Answer.Question.In(language), StringComparer.Ordinal);
        foreach (var group in groups)
            body.Add(new CardList(group.Key, group.Select(x => $"{x.AllyName} : {x.Answer.Text}").ToList()));
        return new CardView(CaptureTexts.DigestTitle.Format(chantier.Title).In(language), body, []) { Language = language };
    }

    public static CardView Principles(IReadOnlyList<Principle> items, Language language)
    {
        if (items.Count == 0)
            return new CardView(CaptureTexts.PrinciplesTitle.In(language), new CardText(CaptureTexts.NoPrinciples.In(language)));
        var facts = items.OrderBy(p => p.Status).ThenBy(p => p.ProposedAt)
            .Select(p => new CardFact($"{CaptureTexts.PrincipleStatusName(p.Status).In(language)} · {p.Id}",
                $"{p.Text} ({CaptureTexts.Cites.In(language)} {string.Join(", ", p.ExperienceIds)}; {p.ProposedByName})"))
            .ToList();
        return new CardView(CaptureTexts.PrinciplesTitle.In(language), new CardFacts(facts)) { Language = language };
    }

    private static string Local(DateTimeOffset at, string timeZone) =>
        TimeZoneInfo.ConvertTime(at, CaptureZones.Find(timeZone)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
