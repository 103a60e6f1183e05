using Quartz;

namespace Coretet.Bot.Scheduling;

/// <summary>Runs one <see cref="ISweep"/> (named in the job data); a sweep never overlaps itself in one instance.</summary>
[DisallowConcurrentExecution]
internal sealed partial class SweepJob(IEnumerable<ISweep> sweeps, ILogger<SweepJob> logger) : IJob
{
    public const string SweepNameKey = "sweep";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var name = context.MergedJobDataMap.GetString(SweepNameKey);
        var sweep = sweeps.FirstOrDefault(s => s.Name == name);
        if (sweep is null)
            return;
        try
        {
            await sweep.RunAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A failed sweep is retried on its next tick; the claims make that safe.
            LogSweepFailed(logger, sweep.Name, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Sweep {Sweep} failed; it runs again on its next tick")]
    private static partial void LogSweepFailed(ILogger logger, string sweep, Exception exception);
}
