using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Tests.Capture.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Coretet.Bot.Tests.Capture;

/// <summary>
/// Start-up catch-up: a weekly Monday 09:00 Paris schedule whose 2027-03-29 occurrence (07:00Z) passed while the bot
/// was down is sent once when the bot starts within <c>Capture:MissedPromptMaxAge</c> (12 h), and not again after a
/// second restart; older than that, it is skipped.
/// </summary>
public sealed class CaptureRestartTests : IDisposable
{
    private static readonly DateTimeOffset Occurrence = new(2027, 3, 29, 7, 0, 0, TimeSpan.Zero);
    private readonly string root = Directory.CreateTempSubdirectory("capture-restart-").FullName;
    private readonly CaptureFakeAlliance alliance = new(allies: 3);

    public void Dispose() => Directory.Delete(root, recursive: true);

    private async Task<CaptureSchedule> SeedAsync(IHost host)
    {
        var schedule = CaptureSchedule.Create(new CaptureScheduleDraft(CaptureKeys.NewId(), CaptureFakeAlliance.AllianceId, null,
            Cadence.Weekly(DayOfWeek.Monday, new TimeOnly(9, 0)), "Europe/Paris"), "msteams:29:ally0", Occurrence.AddDays(-30));
        await host.Services.GetRequiredService<ICaptureScheduleStore>().SaveAsync(schedule, default);
        return schedule;
    }

    private async Task<(RecordingDispatcher Sent, CaptureJobListener Jobs, CapturedLogs Logs)> RunAsync(DateTimeOffset now, Func<IHost, Task>? seed, int expectedJobs)
    {
        var sent = new RecordingDispatcher();
        var jobs = new CaptureJobListener();
        var logs = new CapturedLogs();
        using var host = CaptureTestHost.Build(root, new ShiftedClock(now), alliance, sent, jobs, logs);
        if (seed is not null)
            await seed(host);
        await host.StartAsync();
        try
        {
            if (expectedJobs > 0)
                await jobs.WaitForAsync(expectedJobs, TimeSpan.FromSeconds(15));
        }
        finally
        {
            await host.StopAsync();
        }

        return (sent, jobs, logs);
    }

    [Fact]
    public async Task Start_MissedOccurrenceWithinMaxAge_IsSentOnceEvenAfterASecondRestart()
    {
        var first = await RunAsync(Occurrence.AddHours(3), SeedAsync, expectedJobs: 1);
        Assert.Equal(3, first.Sent.Total);
        Assert.All(alliance.Allies, a => Assert.Equal(1, first.Sent.PerUser[a.Id]));

        var second = await RunAsync(Occurrence.AddHours(4), null, expectedJobs: 1);
        Assert.Equal(0, second.Sent.Total);
    }

    [Fact]
    public async Task Start_MissedOccurrenceOlderThanMaxAge_IsSkipped()
    {
        var run = await RunAsync(Occurrence.AddHours(13), SeedAsync, expectedJobs: 0);
        // The catch-up decision is taken during start-up: nothing was scheduled, and the skip is logged.
        Assert.Contains(run.Logs.Messages, m => m.Contains("2027-03-29T07:00:00", StringComparison.Ordinal) && m.Contains("skipped", StringComparison.Ordinal));
        Assert.Equal(0, run.Jobs.Executed);
        Assert.Equal(0, run.Sent.Total);
    }
}
