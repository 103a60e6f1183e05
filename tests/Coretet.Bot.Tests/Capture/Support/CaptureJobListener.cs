using Quartz;
using Quartz.Extensibility;

namespace Coretet.Bot.Tests.Capture.Support;

/// <summary>Counts finished capture prompt jobs, so a test can wait for "the start-up catch-up ran" without sleeping.</summary>
internal sealed class CaptureJobListener : IJobListener
{
    private int executed;
    private int started;

    public string Name => "capture-test-listener";

    public int Executed => Volatile.Read(ref executed);

    /// <summary>Capture prompt jobs that began (finished or not).</summary>
    public int Started => Volatile.Read(ref started);

    public async Task WaitForAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Executed < count && DateTime.UtcNow < deadline)
            await Task.Delay(20);
        Assert.True(Executed >= count, $"Expected {count} capture job runs, saw {Executed}.");
    }

    public async Task WaitForStartAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Started < 1 && DateTime.UtcNow < deadline)
            await Task.Delay(20);
        Assert.True(Started >= 1, "No capture job began.");
    }

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        if (context.JobDetail.Key.Group == Bot.Scheduling.Capture.CaptureTriggerRegistrar.Group)
            Interlocked.Increment(ref started);
        return ValueTask.CompletedTask;
    }

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        if (context.JobDetail.Key.Group == Bot.Scheduling.Capture.CaptureTriggerRegistrar.Group)
            Interlocked.Increment(ref executed);
        return ValueTask.CompletedTask;
    }

    public ValueTask JobProgressChanged(IJobExecutionContext context, FireInstanceProgress progress, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
}
