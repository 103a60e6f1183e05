using System.Collections.Concurrent;
using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Scheduling.Capture;
using Quartz;

namespace Coretet.Bot.Tests.Capture;

/// <summary>
/// A real Quartz scheduler on a shifted clock (<c>UseTimeProvider</c>): the capture trigger of a weekly Monday 09:00
/// Europe/Paris schedule fires at 08:00Z before the March 2027 change, 07:00Z after it, and 08:00Z again after October's.
/// Each case sets the clock 300 ms before the instant, so the test waits no longer than that.
/// </summary>
public class CaptureQuartzFiringTests
{
    private static readonly ConcurrentDictionary<string, ConcurrentQueue<DateTimeOffset>> Fired = new();

    [Theory]
    [InlineData("2027-03-22T08:00:00Z")]
    [InlineData("2027-03-29T07:00:00Z")]
    [InlineData("2027-10-25T07:00:00Z")]
    [InlineData("2027-11-01T08:00:00Z")]
    public async Task Scheduler_WeeklyMondayNineParis_FiresAtTheUtcInstantOfTheLocalTime(string expectedUtc)
    {
        var expected = DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture);
        var clock = new ShiftedClock(expected.AddDays(-1));
        var scheduler = await QuartzSchedulerBuilder.Create(q =>
        {
            q.ConfigureScheduler(o => o.InstanceName = "capture-firing-" + expectedUtc);
            q.UseTimeProvider(clock);
            q.UseInMemoryStore();
        }).BuildScheduler();
        var schedule = CaptureSchedule.Create(
            new CaptureScheduleDraft("0000000b", "al1", null, Cadence.Weekly(DayOfWeek.Monday, new TimeOnly(9, 0)), "Europe/Paris"), "u", expected.AddDays(-30));
        var jobKey = CaptureTriggerRegistrar.JobKeyOf("al1", expectedUtc);
        var job = JobBuilder.Create<RecordingJob>().WithIdentity(jobKey).Build();
        var queue = Fired.GetOrAdd(jobKey.Name, _ => new ConcurrentQueue<DateTimeOffset>());
        try
        {
            await scheduler.Start();
            // Started (and warmed up) first, then the clock is set just before the instant and the trigger added.
            clock.Rebase(expected.AddMilliseconds(-300));
            await scheduler.ScheduleJob(job, CaptureTriggerRegistrar.BuildTrigger(schedule, jobKey, clock), new ScheduleJobOptions());
            for (var i = 0; i < 250 && queue.IsEmpty; i++)
                await Task.Delay(20);
        }
        finally
        {
            await scheduler.Shutdown(waitForJobsToComplete: true);
        }

        Assert.Equal(expected, Assert.Single(queue));
    }

    private sealed class RecordingJob : IJob
    {
        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            Fired.GetOrAdd(context.JobDetail.Key.Name, _ => new ConcurrentQueue<DateTimeOffset>()).Enqueue(context.ScheduledFireTimeUtc!.Value);
            return ValueTask.CompletedTask;
        }
    }
}
