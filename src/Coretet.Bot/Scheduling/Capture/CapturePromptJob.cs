using Coretet.Bot.Dialogs.Capture;
using Microsoft.Extensions.Options;
using Quartz;

namespace Coretet.Bot.Scheduling.Capture;

/// <summary>
/// One schedule's firing. The occurrence is the calendar's, not Quartz's fire time (a late or misfired trigger
/// still names the slot it belongs to), so every instance claims the same (occurrence, ally) keys. When the host stops,
/// the fan-out claims no one else and finishes the prompts it has claimed (the host waits for it, see
/// <see cref="CaptureSchedulingRegistration"/>); the others are claimed by another instance's run or, within
/// <see cref="CaptureOptions.MissedPromptMaxAge"/>, by the start-up catch-up.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class CapturePromptJob(
    ICaptureScheduleStore schedules,
    CapturePrompter prompter,
    QuartzCadenceCalendar calendar,
    IOptions<CaptureOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<CapturePromptJob> logger) : IJob
{
    public const string AllianceKey = "alliance";
    public const string ScheduleKey = "schedule";
    public const string OccurrenceKey = "occurrence";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        var allianceId = data.GetString(AllianceKey) ?? "";
        var scheduleId = data.GetString(ScheduleKey) ?? "";
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        cancellationToken = stopping.Token;
        try
        {
            var schedule = await schedules.FindAsync(allianceId, scheduleId, cancellationToken);
            var requested = data.ContainsKey(OccurrenceKey);
            if (schedule is null || (schedule.IsPaused && !requested))
                return;
            var occurrence = requested
                ? new DateTimeOffset(data.GetLong(OccurrenceKey), TimeSpan.Zero)
                : calendar.LatestAtOrBefore(schedule.Cadence, schedule.TimeZone, context.FireTimeUtc.AddSeconds(1), options.Value.MissedPromptMaxAge);
            if (occurrence is not { } at)
                return;
            var summary = await prompter.SendOccurrenceAsync(schedule, at, cancellationToken);
            LogFired(logger, schedule.Id, at, summary.ToString());
        }
        catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            LogStopped(logger, scheduleId);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Claims make a later run of the same occurrence safe (start-up catch-up, capture now).
            LogFailed(logger, scheduleId, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Capture schedule {ScheduleId} occurrence {Occurrence:O}: {Summary}")]
    private static partial void LogFired(ILogger logger, string scheduleId, DateTimeOffset occurrence, string summary);

    [LoggerMessage(Level = LogLevel.Information, Message = "Capture schedule {ScheduleId}: stopped with the host; the unclaimed allies are left to another instance or the start-up catch-up")]
    private static partial void LogStopped(ILogger logger, string scheduleId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Capture schedule {ScheduleId} failed to fire")]
    private static partial void LogFailed(ILogger logger, string scheduleId, Exception exception);
}
