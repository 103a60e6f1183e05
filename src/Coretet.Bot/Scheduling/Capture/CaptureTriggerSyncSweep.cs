using Coretet.Bot.Dialogs.Capture;

namespace Coretet.Bot.Scheduling.Capture;

/// <summary>Picks up schedules created, changed or deleted on other instances.</summary>
internal sealed class CaptureTriggerSyncSweep(CaptureTriggerRegistrar registrar, ICaptureScheduleStore schedules) : ISweep
{
    public string Name => "capture.triggers";

    public TimeSpan Interval => TimeSpan.FromMinutes(1);

    public async Task RunAsync(CancellationToken cancellationToken) =>
        await registrar.SyncAsync(await schedules.ListAllAsync(cancellationToken), cancellationToken);
}
