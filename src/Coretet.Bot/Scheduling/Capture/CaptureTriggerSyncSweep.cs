using Coretet.Bot.Dialogs.Capture;
using Microsoft.Extensions.Options;

namespace Coretet.Bot.Scheduling.Capture;

/// <summary>Picks up schedules created, changed or deleted on other instances, every <c>Capture:TriggerSyncInterval</c>.</summary>
internal sealed class CaptureTriggerSyncSweep(CaptureTriggerRegistrar registrar, ICaptureScheduleStore schedules, IOptions<CaptureOptions> options) : ISweep
{
    public string Name => "capture.triggers";

    public TimeSpan Interval => options.Value.TriggerSyncInterval > TimeSpan.Zero ? options.Value.TriggerSyncInterval : TimeSpan.FromMinutes(1);

    public async Task RunAsync(CancellationToken cancellationToken) =>
        await registrar.SyncAsync(await schedules.ListAllAsync(cancellationToken), cancellationToken);
}
