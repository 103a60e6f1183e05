using System.Net;
using System.Text.RegularExpressions;
using Coretet.Bot.Dialogs;
using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Dialogs.Journal;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Scheduling.Capture;
using Coretet.Bot.Tests.Capture.Support;
using Coretet.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Coretet.Bot.Tests.Capture;

/// <summary>
/// Experience capture through the real host and the Teams protocol: prompts are DMs at the fake Connector, answers
/// are card submits. Allies, chantier and gate are faked (other capabilities own them); storage, Quartz, claims,
/// dispatch and the Connector client are the real ones.
/// </summary>
public sealed partial class CaptureOverHttpTests
{
    private static readonly DateTimeOffset Monday = new(2027, 3, 29, 7, 0, 0, TimeSpan.Zero);
    private static readonly TeamsUser Alice = TeamsClient.User("Alice");
    private static readonly TeamsUser Bob = TeamsClient.User("Bob", "en-US");
    private static readonly TeamsUser Carol = TeamsClient.User("Carol");

    private static UserRef Ref(TeamsUser user) => new("msteams", user.Id, user.Name);

    private static bool IsPrompt(ConnectorCall call) =>
        call.Operation == ConnectorOperation.Send && call.Succeeded && new BotReply(call).AllText.Contains("Capitaliser l'expérience", StringComparison.Ordinal)
        || call.Operation == ConnectorOperation.Send && call.Succeeded && new BotReply(call).AllText.Contains("Capture experience", StringComparison.Ordinal);

    /// <summary>The real host with the fake alliance; <paramref name="settings"/> are configuration keys (a shared storage, pacing).</summary>
    private static async Task<BotHost> StartAsync(CaptureFakeAlliance alliance, ShiftedClock clock, CaptureJobListener? jobs = null, string? sharedStorage = null,
        IReadOnlyDictionary<string, string>? settings = null) =>
        await BotHost.StartAsync(o =>
        {
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
                o.Set(key, value);
            o.UseTime(clock).ConfigureServices(s =>
            {
                s.AddSingleton<IAllianceGate>(alliance);
                s.AddSingleton<IAllyDirectory>(alliance);
                s.AddSingleton<IChantierDirectory>(alliance);
                s.AddSingleton<IJournal>(alliance);
                if (jobs is not null)
                    s.AddQuartz(q => q.AddJobListener(jobs, [GroupMatcher<JobKey>.AnyGroup()]));
            });
            if (sharedStorage is not null)
                o.Set("Storage:EmbeddedPath", sharedStorage);
        });

    /// <summary>Each user writes once (the bot stores their 1:1 reference), then Alice plans a weekly schedule for the chantier.</summary>
    private static async Task<string> PlanAsync(BotHost bot, params TeamsUser[] users)
    {
        foreach (var user in users)
            await bot.Teams.SendAsync(user, "aide");
        var created = await bot.Teams.SendAsync(Alice, "planifier capture chantier ch1 hebdo lundi 9h tous");
        return ScheduleId().Match(created.Text).Groups[1].Value;
    }

    private static async Task<IReadOnlyList<ConnectorCall>> CaptureNowAsync(BotHost bot, string scheduleId, int prompts)
    {
        var since = bot.Connector.LastSequence;
        await bot.Teams.SendAsync(Alice, $"capitaliser maintenant {scheduleId}");
        return (await bot.Connector.WaitForAsync(c => c.Sequence > since && IsPrompt(c), prompts)).ToList();
    }

    private static BotReply PromptOf(IEnumerable<ConnectorCall> prompts, TeamsUser user) =>
        new(prompts.Single(c => c.ConversationId == FakeConnector.PersonalConversationId(user.Id)));

    [Fact]
    public async Task Answer_ToAPrompt_BecomesAnExperienceListedInTheChantier()
    {
        var alliance = new CaptureFakeAlliance([Ref(Alice), Ref(Bob), Ref(Carol)]);
        await using var bot = await StartAsync(alliance, new ShiftedClock(Monday));
        var id = await PlanAsync(bot, Alice, Bob, Carol);
        var prompts = await CaptureNowAsync(bot, id, 3);

        var answered = await bot.Teams.ClickAsync(Bob, PromptOf(prompts, Bob), "Send", new Dictionary<string, string> { ["q.learned"] = "Ask the neighbours first" });
        Assert.Contains("recorded", answered.Updates.Single().AllText, StringComparison.Ordinal);

        var listed = await bot.Teams.SendAsync(Carol, "expériences ch1");
        Assert.Contains("Ask the neighbours first", listed.Text, StringComparison.Ordinal);
        Assert.Contains("Bob", listed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NothingToReport_IsRecordedAsSuch_AndReminderGoesOnlyToThoseWhoDidNotAnswer()
    {
        var alliance = new CaptureFakeAlliance([Ref(Alice), Ref(Bob), Ref(Carol)]);
        var clock = new ShiftedClock(Monday);
        await using var bot = await StartAsync(alliance, clock);
        var id = await PlanAsync(bot, Alice, Bob, Carol);
        var prompts = await CaptureNowAsync(bot, id, 3);
        await bot.Teams.ClickAsync(Carol, PromptOf(prompts, Carol), "Rien à signaler");
        await bot.Teams.ClickAsync(Bob, PromptOf(prompts, Bob), "Send", new Dictionary<string, string> { ["q.result"] = "A first harvest" });

        var experiences = await bot.Get<IExperienceStore>().ListAsync(CaptureFakeAlliance.AllianceId, DateTimeOffset.MinValue, default);
        Assert.True(experiences.Single(e => e.AllyId == Ref(Carol).Key).NothingToReport);
        Assert.Contains("rien à signaler", (await bot.Teams.SendAsync(Alice, "expériences ch1")).Text, StringComparison.Ordinal);

        var since = bot.Connector.LastSequence;
        clock.Rebase(Monday.AddHours(49));
        await bot.Get<CaptureFollowUps>().RunAsync(default);
        await bot.Get<CaptureFollowUps>().RunAsync(default);
        var reminders = bot.Connector.CallsSince(since).Where(IsPrompt).ToList();
        Assert.Equal([FakeConnector.PersonalConversationId(Alice.Id)], reminders.Select(c => c.ConversationId));
        Assert.Contains("rappel", new BotReply(reminders[0]).AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PausedAlly_GetsNoPrompt()
    {
        var alliance = new CaptureFakeAlliance([Ref(Alice), Ref(Bob), Ref(Carol)]);
        await using var bot = await StartAsync(alliance, new ShiftedClock(Monday));
        var id = await PlanAsync(bot, Alice, Bob, Carol);
        Assert.Contains("10", (await bot.Teams.SendAsync(Carol, "pause questions 10")).Text, StringComparison.Ordinal);

        var prompts = await CaptureNowAsync(bot, id, 2);
        var records = await RecordsAsync(bot, CaptureKeys.Occurrence(id, Monday), 3);
        Assert.Equal(PromptStatus.Paused, records.Single(r => r.AllyId == Ref(Carol).Key).Status);
        Assert.DoesNotContain(bot.Connector.Calls.Where(IsPrompt), c => c.ConversationId == FakeConnector.PersonalConversationId(Carol.Id));
        Assert.Equal(2, prompts.Count);
    }

    [Fact]
    public async Task TwoHostsOnOneStore_FiringTheSameOccurrence_PromptEachAllyExactlyOnce()
    {
        var users = Enumerable.Range(0, 8).Select(i => TeamsClient.User($"Ally{i}")).ToArray();
        var alliance = new CaptureFakeAlliance(users.Select(Ref));
        var storage = Directory.CreateTempSubdirectory("capture-two-hosts-").FullName;
        var clock = new ShiftedClock(Monday);
        var jobsA = new CaptureJobListener();
        var jobsB = new CaptureJobListener();
        await using var a = await StartAsync(alliance, clock, jobsA, storage);
        await using var b = await StartAsync(alliance, clock, jobsB, storage);
        foreach (var user in users)
            await a.Teams.SendAsync(user, "aide");
        var schedule = CaptureSchedule.Create(new CaptureScheduleDraft(CaptureKeys.NewId(), CaptureFakeAlliance.AllianceId, null,
            Cadence.Weekly(DayOfWeek.Monday, new TimeOnly(9, 0)), "Europe/Paris"), Ref(users[0]).Key, Monday.AddDays(-7));
        await a.Get<ICaptureScheduleStore>().SaveAsync(schedule, default);

        await Task.WhenAll(
            a.Get<ICaptureTriggers>().FireNowAsync(schedule.AllianceId, schedule.Id, Monday, default),
            b.Get<ICaptureTriggers>().FireNowAsync(schedule.AllianceId, schedule.Id, Monday, default));
        await jobsA.WaitForAsync(1, TimeSpan.FromSeconds(20));
        await jobsB.WaitForAsync(1, TimeSpan.FromSeconds(20));

        // Every 1:1 reference was stored by host A, so both hosts' sends land at A's connector.
        var prompts = a.Connector.Calls.Concat(b.Connector.Calls).Where(IsPrompt).ToList();
        Assert.All(users, u => Assert.Single(prompts, c => c.ConversationId == FakeConnector.PersonalConversationId(u.Id)));
    }

    [Fact]
    public async Task ConnectorRefusingAThirdOfSendsWith429_EveryPromptDeliveredOnce()
    {
        var users = Enumerable.Range(0, 12).Select(i => TeamsClient.User($"Member{i}")).ToArray();
        var alliance = new CaptureFakeAlliance(users.Select(Ref));
        await using var bot = await StartAsync(alliance, new ShiftedClock(Monday));
        foreach (var user in users)
            await bot.Teams.SendAsync(user, "aide");
        var created = await bot.Teams.SendAsync(users[0], "planifier capture hebdo lundi 9h");
        var id = ScheduleId().Match(created.Text).Groups[1].Value;

        bot.Connector.FailNext(users.Length / 3, HttpStatusCode.TooManyRequests, TimeSpan.FromMilliseconds(50), op => op == ConnectorOperation.Send);
        var since = bot.Connector.LastSequence;
        await bot.Teams.SendAsync(users[0], $"capture now {id}");
        await bot.Connector.WaitForAsync(c => c.Sequence > since && IsPrompt(c), users.Length);

        var calls = bot.Connector.CallsSince(since);
        Assert.Equal(users.Length / 3, calls.Count(c => c.Status == 429));
        Assert.All(users, u => Assert.Single(calls, c => IsPrompt(c) && c.ConversationId == FakeConnector.PersonalConversationId(u.Id)));
    }

    /// <summary>Plans a schedule and fires it with the first send answered 403: the ally it hit is marked unreachable.</summary>
    private static async Task<(string ScheduleId, TeamsUser Blocked)> BlockOneAsync(BotHost bot, CaptureFakeAlliance alliance, params TeamsUser[] users)
    {
        var id = await PlanAsync(bot, users);
        // Fired directly (no chat reply), so that the scripted 403 can only hit a prompt.
        bot.Connector.FailNext(1, HttpStatusCode.Forbidden, when: op => op == ConnectorOperation.Send);
        var first = bot.Connector.LastSequence;
        await bot.Get<ICaptureTriggers>().FireNowAsync(alliance.Alliance.Id, id, Monday, default);
        await bot.Connector.WaitForAsync(c => c.Sequence > first && IsPrompt(c), users.Length - 1);
        var records = await RecordsAsync(bot, CaptureKeys.Occurrence(id, Monday), users.Length);
        var blocked = Assert.Single(records, r => r.Status == PromptStatus.Unreachable).AllyId;
        Assert.True((await bot.Get<ICapturePreferencesStore>().GetAsync(alliance.Alliance.Id, blocked, default)).Unreachable);
        return (id, users.Single(u => Ref(u).Key == blocked));
    }

    [Fact]
    public async Task AllyWhoBlockedTheBot_IsMarkedUnreachableAndNotTriedAgain()
    {
        var alliance = new CaptureFakeAlliance([Ref(Alice), Ref(Bob), Ref(Carol)]);
        var clock = new ShiftedClock(Monday);
        await using var bot = await StartAsync(alliance, clock);
        var (id, blocked) = await BlockOneAsync(bot, alliance, Alice, Bob, Carol);

        clock.Rebase(Monday.AddMinutes(5));
        var since = bot.Connector.LastSequence;
        // Fired without a chat turn: a turn from the blocked ally (had they typed "capture now") would rightly make
        // them reachable again (AllyWhoBlockedTheBot_WritesAgain_…).
        await bot.Get<ICaptureTriggers>().FireNowAsync(alliance.Alliance.Id, id, clock.GetUtcNow(), default);
        await bot.Connector.WaitForAsync(c => c.Sequence > since && IsPrompt(c), 2);
        Assert.DoesNotContain(bot.Connector.CallsSince(since), c => c.ConversationId == FakeConnector.PersonalConversationId(blocked.Id) && c.Operation == ConnectorOperation.Send);
    }

    [Fact]
    public async Task AllyWhoBlockedTheBot_WritesAgain_IsReachableAgainJournaledAndPrompted()
    {
        var alliance = new CaptureFakeAlliance([Ref(Alice), Ref(Bob), Ref(Carol)]);
        var clock = new ShiftedClock(Monday);
        await using var bot = await StartAsync(alliance, clock);
        var (id, blocked) = await BlockOneAsync(bot, alliance, Alice, Bob, Carol);
        var preferences = bot.Get<ICapturePreferencesStore>();

        // Any turn counts, not only a capture command; a turn from someone who is not marked changes nothing.
        await bot.Teams.SendAsync(blocked, "aide");
        Assert.False((await preferences.GetAsync(alliance.Alliance.Id, Ref(blocked).Key, default)).Unreachable);
        Assert.Empty(await preferences.FindUnreachableAsync(Ref(blocked).Key, default));
        var journaled = Assert.Single(alliance.Journal, j => j.Kind == CaptureEvents.AllyReachableAgain);
        Assert.Equal(Ref(blocked).Key, journaled.ActorId);
        await bot.Teams.SendAsync(blocked, "aide");
        Assert.Single(alliance.Journal, j => j.Kind == CaptureEvents.AllyReachableAgain);

        clock.Rebase(Monday.AddMinutes(5));
        var prompts = await CaptureNowAsync(bot, id, 3);
        Assert.Single(prompts, c => c.ConversationId == FakeConnector.PersonalConversationId(blocked.Id));
    }

    /// <summary>The ledger once it holds <paramref name="count"/> records (the job records a failure after the other sends).</summary>
    private static async Task<IReadOnlyList<PromptRecord>> RecordsAsync(BotHost bot, string occurrenceKey, int count)
    {
        var ledger = bot.Get<IPromptLedger>();
        for (var i = 0; i < 200; i++)
        {
            var records = await ledger.ListAsync(occurrenceKey, default);
            if (records.Count >= count)
                return records;
            await Task.Delay(25);
        }

        return await ledger.ListAsync(occurrenceKey, default);
    }

    [GeneratedRegex(@"\*\*([0-9a-f]{8})\*\*")]
    private static partial Regex ScheduleId();
}
