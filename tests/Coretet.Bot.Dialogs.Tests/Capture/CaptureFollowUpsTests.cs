using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Dialogs.Tests.Capture.Support;

namespace Coretet.Bot.Dialogs.Tests.Capture;

public class CaptureFollowUpsTests
{
    private static readonly DateTimeOffset Occurrence = new(2027, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Run_AfterReminderDelay_RemindsOnlyThoseWhoDidNotAnswer_Once()
    {
        var world = new CaptureWorld();
        var schedule = world.Schedule();
        await world.Prompter.SendOccurrenceAsync(schedule, Occurrence, default);
        var key = schedule.OccurrenceKey(Occurrence);
        world.Store.Records[(key, CaptureWorld.Alice.Key)] = world.Store.Record(key, CaptureWorld.Alice.Key)! with { Status = PromptStatus.Answered };
        world.Store.Records[(key, CaptureWorld.Carol.Key)] = world.Store.Record(key, CaptureWorld.Carol.Key)! with { Status = PromptStatus.NothingToReport };

        world.Clock.Advance(TimeSpan.FromHours(47));
        await world.FollowUps().RunAsync(default);
        Assert.Equal(3, world.Sent.Count);

        world.Clock.Advance(TimeSpan.FromHours(2));
        await world.FollowUps().RunAsync(default);
        await world.FollowUps().RunAsync(default);
        Assert.Equal(2, world.SentTo(CaptureWorld.Bob));
        Assert.Equal(1, world.SentTo(CaptureWorld.Alice));
        Assert.Equal(1, world.SentTo(CaptureWorld.Carol));
        Assert.True(world.Store.Occurrences[key].ReminderDone);
    }

    [Fact]
    public async Task Run_QuietHoursOver_SendsTheDeferredPrompt()
    {
        var world = new CaptureWorld();
        world.Clock.Set(new DateTimeOffset(2027, 3, 1, 20, 0, 0, TimeSpan.Zero)); // 21:00 in Paris
        var schedule = world.Schedule();
        world.Store.Preferences[CaptureWorld.Carol.Key] = new CapturePreferences(CaptureWorld.AllianceId, CaptureWorld.Carol.Key) { Quiet = new QuietHours(new TimeOnly(20, 0), new TimeOnly(8, 0)) };
        var at = world.Clock.GetUtcNow();
        await world.Prompter.SendOccurrenceAsync(schedule, at, default);
        var record = world.Store.Record(schedule.OccurrenceKey(at), CaptureWorld.Carol.Key)!;
        Assert.Equal(PromptStatus.Deferred, record.Status);
        Assert.Equal(new DateTimeOffset(2027, 3, 2, 7, 0, 0, TimeSpan.Zero), record.DueAt);

        world.Clock.Set(new DateTimeOffset(2027, 3, 2, 6, 59, 0, TimeSpan.Zero));
        await world.FollowUps().RunAsync(default);
        Assert.Equal(0, world.SentTo(CaptureWorld.Carol));
        world.Clock.Set(new DateTimeOffset(2027, 3, 2, 7, 0, 0, TimeSpan.Zero));
        await world.FollowUps().RunAsync(default);
        await world.FollowUps().RunAsync(default);
        Assert.Equal(1, world.SentTo(CaptureWorld.Carol));
        Assert.Equal(PromptStatus.Sent, world.Store.Record(schedule.OccurrenceKey(at), CaptureWorld.Carol.Key)!.Status);
    }

    [Fact]
    public async Task Run_AllyPausedAfterPrompt_GetsNoReminder()
    {
        var world = new CaptureWorld();
        var schedule = world.Schedule();
        await world.Prompter.SendOccurrenceAsync(schedule, Occurrence, default);
        world.Store.Preferences[CaptureWorld.Bob.Key] = new CapturePreferences(CaptureWorld.AllianceId, CaptureWorld.Bob.Key).PauseFor(10, world.Clock.GetUtcNow());
        world.Clock.Advance(TimeSpan.FromHours(49));
        await world.FollowUps().RunAsync(default);
        Assert.Equal(1, world.SentTo(CaptureWorld.Bob));
        Assert.Equal(2, world.SentTo(CaptureWorld.Alice));
    }
}
