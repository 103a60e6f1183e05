using System.Net;
using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Tests.Capture.Support;
using Coretet.Bot.Tests.Storage;
using Coretet.Bot.Tests.Support;

namespace Coretet.Bot.Tests.Capture;

/// <summary>
/// Two hosts on one Azurite account (<c>CORETET_TEST_TABLES</c>, exported by scripts/test.sh; without it the test
/// fails, it never skips). Every row it writes is under its own alliance and user ids, and its schedule is deleted at
/// the end, so that other hosts on the same account never see it.
/// </summary>
public sealed partial class CaptureOverHttpTests
{
    private const int Throttled = 4;

    [Fact]
    public async Task TwoHostsOnOneAzuriteAccount_SameOccurrenceFiredByBothAndOneRestartedMidway_PromptEachAllyExactlyOnce()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var users = Enumerable.Range(0, 20).Select(i => TeamsClient.User($"Az {run} {i:D2}")).ToArray();
        var alliance = new CaptureFakeAlliance(users.Select(Ref), "az-" + run);
        // Paced so that the occurrence is still being sent when one host restarts.
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:Tables"] = AzuriteTableContractTests.ConnectionString,
            ["Capture:MaxPromptsPerSecond"] = "6",
        };
        // Every sweep of both hosts (the earliest: every minute) is due after the occurrence, so that Quartz, waiting
        // for the earliest trigger, wakes up for the capture trigger when it is added (see the rebase below).
        var clock = new ShiftedClock(Monday.AddSeconds(-50));
        var (jobsA, jobsB, jobsC) = (new CaptureJobListener(), new CaptureJobListener(), new CaptureJobListener());
        await using var a = await StartAsync(alliance, clock, jobsA, settings: settings);
        BotHost? b = await StartAsync(alliance, clock, jobsB, settings: settings);
        BotHost? c = null;
        var schedule = CaptureSchedule.Create(new CaptureScheduleDraft(CaptureKeys.NewId(), alliance.Alliance.Id, null,
            Cadence.Weekly(DayOfWeek.Monday, new TimeOnly(9, 0)), "Europe/Paris"), Ref(users[0]).Key, Monday.AddDays(-7));
        try
        {
            foreach (var user in users)
                await a.Teams.SendAsync(user, "aide");

            // Both hosts build their trigger from the stored schedule just before Monday 09:00 Paris: their own Quartz
            // triggers fire the same occurrence (the clock jumps over the wait, not over any sweep).
            clock.Rebase(Monday.AddSeconds(-2));
            await a.Get<ICaptureScheduleStore>().SaveAsync(schedule, default);
            await Task.WhenAll(
                a.Get<ICaptureTriggers>().ScheduleChangedAsync(schedule.AllianceId, schedule.Id, default),
                b.Get<ICaptureTriggers>().ScheduleChangedAsync(schedule.AllianceId, schedule.Id, default));
            await jobsB.WaitForStartAsync(TimeSpan.FromSeconds(20));
            await a.Connector.WaitForAsync(IsPrompt, 3, TimeSpan.FromSeconds(20));

            // The next sends (both hosts') are refused with a Retry-After: B stops gracefully while some of its claimed
            // prompts wait to be retried, and must finish them; then it comes back, and its start-up catch-up fires the
            // same occurrence again while A is still sending.
            var mark = a.Connector.LastSequence;
            a.Connector.FailNext(Throttled, HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(1.5), op => op == ConnectorOperation.Send);
            await a.Connector.WaitForAsync(call => call.Sequence > mark && call.Status == 429, Throttled, TimeSpan.FromSeconds(20));
            var beforeRestart = a.Connector.Calls.Count(IsPrompt);
            await b.DisposeAsync();
            b = null;
            c = await StartAsync(alliance, clock, jobsC, settings: settings);
            await jobsA.WaitForAsync(1, TimeSpan.FromSeconds(30));
            await jobsC.WaitForAsync(1, TimeSpan.FromSeconds(30));

            Assert.InRange(beforeRestart, 1, users.Length - 1);
            Assert.Equal(1, jobsB.Executed);
            // Every 1:1 reference was stored through host A, so every host's sends land at A's connector.
            var prompts = a.Connector.Calls.Where(IsPrompt).ToList();
            Assert.All(users, u => Assert.Single(prompts, p => p.ConversationId == FakeConnector.PersonalConversationId(u.Id)));
            Assert.Equal(users.Length, prompts.Count);
            Assert.Equal(Throttled, a.Connector.CallsSince(mark).Count(call => call.Status == 429));
        }
        finally
        {
            await a.Get<ICaptureScheduleStore>().DeleteAsync(schedule.AllianceId, schedule.Id, default);
            if (b is not null)
                await b.DisposeAsync();
            if (c is not null)
                await c.DisposeAsync();
        }
    }
}
