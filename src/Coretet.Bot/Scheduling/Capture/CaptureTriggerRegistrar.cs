using System.Collections.Concurrent;
using Coretet.Bot.Dialogs.Capture;
using Microsoft.Extensions.Options;
using Quartz;

namespace Coretet.Bot.Scheduling.Capture;

/// <summary>
/// Data-driven capture triggers: one durable Quartz job and one cron trigger (in the schedule's zone) per active
/// schedule, rebuilt from the stored schedules at start-up, on every change made here, and by
/// <see cref="CaptureTriggerSyncSweep"/> for changes made on other instances. At start-up, an occurrence missed
/// while the bot was down is fired once if it is at most <see cref="CaptureOptions.MissedPromptMaxAge"/> old.
/// </summary>
internal sealed partial class CaptureTriggerRegistrar(
    ISchedulerFactory schedulers,
    ICaptureScheduleStore schedules,
    IPromptLedger ledger,
    QuartzCadenceCalendar calendar,
    IOptions<CaptureOptions> options,
    TimeProvider clock,
    ILogger<CaptureTriggerRegistrar> logger) : IHostedService, ICaptureTriggers
{
    public const string Group = "capture";
    private const string SignatureKey = "signature";

    // Jobs this instance registered (Quartz's in-memory store holds nothing else in this group).
    private readonly ConcurrentDictionary<JobKey, bool> known = new();

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var all = await schedules.ListAllAsync(cancellationToken);
            await SyncAsync(all, cancellationToken);
            foreach (var schedule in all.Where(s => !s.IsPaused))
                await CatchUpAsync(schedule, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The sync sweep rebuilds the triggers when the store is back; a missed prompt is then not caught up.
            LogStartFailed(logger, ex);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task ScheduleChangedAsync(string allianceId, string scheduleId, CancellationToken cancellationToken)
    {
        var schedule = await schedules.FindAsync(allianceId, scheduleId, cancellationToken);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        if (schedule is null)
        {
            await scheduler.DeleteJob(JobKeyOf(allianceId, scheduleId), cancellationToken);
            known.TryRemove(JobKeyOf(allianceId, scheduleId), out _);
        }
        else
            await ApplyAsync(scheduler, schedule, cancellationToken);
    }

    public async Task FireNowAsync(string allianceId, string scheduleId, DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var job = JobKeyOf(allianceId, scheduleId);
        await EnsureJobAsync(scheduler, job, allianceId, scheduleId, cancellationToken);
        var trigger = TriggerBuilder.Create(clock)
            .WithIdentity(Guid.NewGuid().ToString("N"), Group + ".now")
            .ForJob(job)
            .UsingJobData(CapturePromptJob.OccurrenceKey, occurrence.UtcTicks)
            .StartNow()
            .Build();
        await scheduler.ScheduleJob(trigger, new ScheduleJobOptions(), cancellationToken);
    }

    /// <summary>Makes the triggers match <paramref name="all"/>: adds, replaces changed ones, removes the rest.</summary>
    public async Task SyncAsync(IReadOnlyList<CaptureSchedule> all, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var wanted = all.Select(s => JobKeyOf(s.AllianceId, s.Id)).ToHashSet();
        foreach (var key in known.Keys.Where(k => !wanted.Contains(k)).ToList())
        {
            await scheduler.DeleteJob(key, cancellationToken);
            known.TryRemove(key, out _);
        }

        foreach (var schedule in all)
            await ApplyAsync(scheduler, schedule, cancellationToken);
    }

    private async Task ApplyAsync(IScheduler scheduler, CaptureSchedule schedule, CancellationToken cancellationToken)
    {
        var job = JobKeyOf(schedule.AllianceId, schedule.Id);
        var key = new TriggerKey(job.Name, Group);
        var signature = Signature(schedule);
        var existing = await scheduler.GetTrigger(key, cancellationToken);
        if (schedule.IsPaused)
        {
            if (existing is not null)
                await scheduler.UnscheduleJob(key, cancellationToken);
            return;
        }

        if (existing?.JobDataMap.GetString(SignatureKey) == signature)
            return;
        await EnsureJobAsync(scheduler, job, schedule.AllianceId, schedule.Id, cancellationToken);
        var trigger = BuildTrigger(schedule, job, clock);
        await scheduler.ScheduleJob(trigger, new ScheduleJobOptions { Replace = true }, cancellationToken);
    }

    private async Task CatchUpAsync(CaptureSchedule schedule, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var maxAge = options.Value.MissedPromptMaxAge;
        if (calendar.LatestAtOrBefore(schedule.Cadence, schedule.TimeZone, now, maxAge) is { } recent && recent >= schedule.CreatedAt)
        {
            LogCatchUp(logger, schedule.Id, recent);
            await FireNowAsync(schedule.AllianceId, schedule.Id, recent, cancellationToken);
            return;
        }

        // Look back one period further (monthly at most) to say what was skipped.
        var older = calendar.LatestAtOrBefore(schedule.Cadence, schedule.TimeZone, now - maxAge, TimeSpan.FromDays(32));
        if (older is { } skipped && skipped >= schedule.CreatedAt && await ledger.FindOccurrenceAsync(schedule.OccurrenceKey(skipped), cancellationToken) is null)
            LogSkipped(logger, schedule.Id, skipped, maxAge);
    }

    /// <summary>The schedule's cron trigger in its zone; a misfire (instance busy or paused) fires once, late,
    /// and the job maps it back to its calendar slot.</summary>
    public static ITrigger BuildTrigger(CaptureSchedule schedule, JobKey job, TimeProvider clock) =>
        TriggerBuilder.Create(clock)
            .WithIdentity(new TriggerKey(job.Name, Group))
            .ForJob(job)
            .UsingJobData(SignatureKey, Signature(schedule))
            .WithCronSchedule(schedule.Cadence.ToCron(), b => b
                .InTimeZone(CaptureZones.Find(schedule.TimeZone))
                .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();

    public static JobKey JobKeyOf(string allianceId, string scheduleId) => new($"{allianceId}/{scheduleId}", Group);

    private static string Signature(CaptureSchedule schedule) => $"{schedule.Cadence.ToCron()}|{schedule.TimeZone}";

    private async Task EnsureJobAsync(IScheduler scheduler, JobKey job, string allianceId, string scheduleId, CancellationToken cancellationToken)
    {
        known[job] = true;
        if (await scheduler.Exists(job, cancellationToken))
            return;
        var detail = JobBuilder.Create<CapturePromptJob>()
            .WithIdentity(job)
            .UsingJobData(CapturePromptJob.AllianceKey, allianceId)
            .UsingJobData(CapturePromptJob.ScheduleKey, scheduleId)
            .StoreDurably()
            .Build();
        await scheduler.AddJob(detail, new AddJobOptions { Replace = true }, cancellationToken);
    }


    [LoggerMessage(Level = LogLevel.Error, Message = "Capture triggers could not be built at start-up; the sync sweep retries")]
    private static partial void LogStartFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Capture schedule {ScheduleId}: occurrence {Occurrence:O} was missed while down; sending it now")]
    private static partial void LogCatchUp(ILogger logger, string scheduleId, DateTimeOffset occurrence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Capture schedule {ScheduleId}: occurrence {Occurrence:O} was missed and is older than {MaxAge}; skipped")]
    private static partial void LogSkipped(ILogger logger, string scheduleId, DateTimeOffset occurrence, TimeSpan maxAge);
}
