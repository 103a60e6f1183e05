using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Dialogs.Tests.Capture.Support;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;
using Microsoft.Extensions.Logging.Abstractions;

namespace Coretet.Bot.Dialogs.Tests.Capture;

public class CaptureFlowTests
{
    private static readonly DateTimeOffset Occurrence = new(2027, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private static DialogRouter Router(CaptureWorld w) => new(
    [
        new CaptureScheduleFlow(w, w, w.Store, w, w, w, w.Clock),
        new ExperienceFlow(w, w, w.Store, w.Store, w.Store, w, w.Clock),
        new CapturePreferencesFlow(w, w.Store, w.Clock),
        new PrincipleFlow(w, w.Store, w.Store, new NoPrincipleRounds(), w, w.Clock),
    ], NullLogger<DialogRouter>.Instance);

    private static Turn Say(string text, UserRef from, Language language = Language.French) =>
        new(TurnKind.Message, from, CaptureWorld.Channel, language) { Text = text };

    private static Turn Click(string verb, UserRef from, Dictionary<string, string> data) =>
        new(TurnKind.CardAction, from, CaptureWorld.Channel, Language.French) { Action = new CardAction(verb, data) };

    private static string Text(TurnResult result) => Assert.IsType<MessageView>(Assert.Single(result.Replies).View).Text;

    [Fact]
    public async Task Plan_ByFacilitator_SavesJournalsAndRebuildsTheTrigger()
    {
        var world = new CaptureWorld();
        var result = await Router(world).RouteAsync(Say("planifier capture hebdo jeudi 10h", CaptureWorld.Alice), default);
        var schedule = Assert.Single(world.Store.Schedules.Values);
        Assert.Equal(DayOfWeek.Thursday, schedule.Cadence.Day);
        Assert.Contains(schedule.Id, Text(result), StringComparison.Ordinal);
        Assert.Equal([schedule.Id], world.Changed);
        Assert.Contains(world.Journal, j => j.Kind == CaptureEvents.CaptureScheduled);
    }

    [Fact]
    public async Task Plan_AllianceWideByNonFacilitator_IsRefusedAndNothingSaved()
    {
        var world = new CaptureWorld();
        var result = await Router(world).RouteAsync(Say("schedule capture weekly", CaptureWorld.Carol, Language.English), default);
        Assert.Contains("facilitation team", Text(result), StringComparison.Ordinal);
        Assert.Empty(world.Store.Schedules);
    }

    [Fact]
    public async Task Plan_ForHisChantierByAnimator_IsAllowed()
    {
        var world = new CaptureWorld();
        await Router(world).RouteAsync(Say("planifier capture chantier ch1 mensuel 3 9h", CaptureWorld.Bob), default);
        var schedule = Assert.Single(world.Store.Schedules.Values);
        Assert.Equal("ch1", schedule.ChantierId);
        Assert.Equal(CaptureAudience.Participants, schedule.Audience);
    }

    [Fact]
    public async Task Plan_InvalidCron_ExplainsTheFormat()
    {
        var world = new CaptureWorld();
        var result = await Router(world).RouteAsync(Say("planifier capture cron 0 9 * * 1", CaptureWorld.Alice), default);
        Assert.Equal("cron invalide", Text(result));
        Assert.Empty(world.Store.Schedules);
    }

    [Fact]
    public async Task Stranger_IsRedirectedToTheCharter()
    {
        var world = new CaptureWorld();
        var result = await Router(world).RouteAsync(Say("expérience", CaptureWorld.Stranger), default);
        Assert.Equal("charter", Text(result));
    }

    [Fact]
    public async Task CaptureNow_ByAnimator_FiresTheScheduleNow()
    {
        var world = new CaptureWorld();
        var schedule = world.Schedule(CaptureAudience.Participants, "ch1");
        await Router(world).RouteAsync(Say($"capture now {schedule.Id}", CaptureWorld.Bob, Language.English), default);
        Assert.Equal(schedule.Id, Assert.Single(world.FiredNow).ScheduleId);
    }

    [Fact]
    public async Task PauseAndDelete_UnknownSchedule_SaySo()
    {
        var world = new CaptureWorld();
        var result = await Router(world).RouteAsync(Say("suspendre capture zzz", CaptureWorld.Alice), default);
        Assert.Contains("zzz", Text(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_ToPrompt_BecomesAnExperienceOfTheOccurrencesChantier()
    {
        var world = new CaptureWorld();
        var schedule = world.Schedule(CaptureAudience.Participants, "ch1");
        await world.Prompter.SendOccurrenceAsync(schedule, Occurrence, default);
        var key = schedule.OccurrenceKey(Occurrence);
        var result = await Router(world).RouteAsync(Click(CaptureViews.AnswerVerb, CaptureWorld.Carol, new()
        {
            [CaptureViews.OccurrenceData] = key,
            [CaptureViews.ChantierData] = "forged",
            ["q.learned"] = "Ask the neighbours first",
            [CaptureViews.TagsInput] = "voisinage",
        }), default);
        var experience = Assert.Single(world.Store.Experiences.Values);
        Assert.Equal("ch1", experience.ChantierId);
        Assert.Equal(key, experience.OccurrenceKey);
        Assert.Equal("Ask the neighbours first", Assert.Single(experience.Answers).Text);
        Assert.Equal(PromptStatus.Answered, world.Store.Record(key, CaptureWorld.Carol.Key)!.Status);
        Assert.IsType<ClickedCardTarget>(Assert.Single(result.Replies).Target);

        var listed = await Router(world).RouteAsync(Say("expériences ch1", CaptureWorld.Alice), default);
        var card = Assert.IsType<CardView>(Assert.Single(listed.Replies).View);
        Assert.Contains(card.Body, e => e is CardFacts f && f.Facts.Any(x => x.Value == "Ask the neighbours first"));
    }

    [Fact]
    public async Task Nothing_ToPrompt_IsRecordedAsNothingToReport()
    {
        var world = new CaptureWorld();
        var schedule = world.Schedule();
        await world.Prompter.SendOccurrenceAsync(schedule, Occurrence, default);
        var key = schedule.OccurrenceKey(Occurrence);
        await Router(world).RouteAsync(Click(CaptureViews.NothingVerb, CaptureWorld.Bob, new() { [CaptureViews.OccurrenceData] = key }), default);
        Assert.True(Assert.Single(world.Store.Experiences.Values).NothingToReport);
        Assert.Equal(PromptStatus.NothingToReport, world.Store.Record(key, CaptureWorld.Bob.Key)!.Status);
    }

    [Fact]
    public async Task Answer_ForgedOccurrence_IsRefusedWithoutStoringAnything()
    {
        var world = new CaptureWorld();
        var result = await Router(world).RouteAsync(Click(CaptureViews.AnswerVerb, CaptureWorld.Bob, new()
        {
            [CaptureViews.OccurrenceData] = "deadbeef@20270301T0800Z",
            ["q.path"] = "x",
        }), default);
        Assert.Contains("plus valables", Text(result), StringComparison.Ordinal);
        Assert.Empty(world.Store.Experiences);
    }

    [Fact]
    public async Task Answer_ToSomeoneElsesPrompt_IsRefused()
    {
        var world = new CaptureWorld();
        var schedule = world.Schedule(CaptureAudience.Animators, "ch1");
        await world.Prompter.SendOccurrenceAsync(schedule, Occurrence, default);
        var result = await Router(world).RouteAsync(Click(CaptureViews.AnswerVerb, CaptureWorld.Carol, new()
        {
            [CaptureViews.OccurrenceData] = schedule.OccurrenceKey(Occurrence),
            ["q.path"] = "x",
        }), default);
        Assert.Contains("autres allié", Text(result), StringComparison.Ordinal);
        Assert.Empty(world.Store.Experiences);
    }

    [Fact]
    public async Task Share_AnyTime_SavesAFreeExperience()
    {
        var world = new CaptureWorld();
        var form = await Router(world).RouteAsync(Say("experience ch1", CaptureWorld.Bob, Language.English), default);
        Assert.Single(Assert.IsType<CardView>(Assert.Single(form.Replies).View).Buttons);
        await Router(world).RouteAsync(Click(CaptureViews.AnswerVerb, CaptureWorld.Bob, new() { [CaptureViews.ChantierData] = "ch1", ["q.signals"] = "More kids come" }), default);
        var experience = Assert.Single(world.Store.Experiences.Values);
        Assert.Equal("ch1", experience.ChantierId);
        Assert.Null(experience.OccurrenceKey);
    }

    [Fact]
    public async Task PausePrompts_AndQuietHours_AreSavedForTheSender()
    {
        var world = new CaptureWorld();
        await Router(world).RouteAsync(Say("pause questions 10", CaptureWorld.Carol), default);
        var result = await Router(world).RouteAsync(Say("quiet hours 21:00-7:30", CaptureWorld.Carol, Language.English), default);
        var preferences = world.Store.Preferences[CaptureWorld.Carol.Key];
        Assert.True(preferences.IsPausedAt(world.Clock.GetUtcNow().AddDays(9)));
        Assert.Equal(new QuietHours(new TimeOnly(21, 0), new TimeOnly(7, 30)), preferences.Quiet);
        Assert.Contains("21:00", Text(result), StringComparison.Ordinal);
        var bad = await Router(world).RouteAsync(Say("heures calmes demain", CaptureWorld.Carol), default);
        Assert.Contains("20h-8h", Text(bad), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Principle_CitingExperiences_IsStoredProposedAndListed()
    {
        var world = new CaptureWorld();
        world.Store.Experiences["0a0b0c0d"] = new Experience("0a0b0c0d", CaptureWorld.AllianceId, CaptureWorld.Bob.Key, "Bob", Occurrence);
        var result = await Router(world).RouteAsync(Say("principe 0a0b0c0d : Demander aux voisins d'abord", CaptureWorld.Carol), default);
        var principle = Assert.Single(world.Store.Principles.Values);
        Assert.Equal(PrincipleStatus.Proposed, principle.Status);
        Assert.Equal(["0a0b0c0d"], principle.ExperienceIds);
        Assert.Contains(principle.Id, Text(result), StringComparison.Ordinal);
        var listed = await Router(world).RouteAsync(Say("principles", CaptureWorld.Carol, Language.English), default);
        Assert.Contains(Assert.IsType<CardView>(Assert.Single(listed.Replies).View).Body, e => e is CardFacts);
    }

    [Fact]
    public async Task Principle_UnknownExperience_IsRefused()
    {
        var world = new CaptureWorld();
        var result = await Router(world).RouteAsync(Say("principle 12345678 : Something", CaptureWorld.Carol, Language.English), default);
        Assert.Contains("12345678", Text(result), StringComparison.Ordinal);
        Assert.Empty(world.Store.Principles);
    }
}
