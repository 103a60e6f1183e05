using Coretet.Bot.Dialogs.Capture;
using Microsoft.Extensions.Options;

namespace Coretet.Bot.Scheduling.Capture;

/// <summary>
/// Deferred prompts (quiet hours), reminders and chantier digests, in every instance (claims make it once). The
/// capture services are resolved when the sweep runs, so a missing port fails this sweep only, not the other sweeps.
/// </summary>
internal sealed class CaptureFollowUpSweep(IServiceProvider services, IOptions<CaptureOptions> options) : ISweep
{
    public string Name => "capture.followups";

    public TimeSpan Interval => options.Value.FollowUpInterval;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await services.GetRequiredService<CaptureFollowUps>().RunAsync(cancellationToken);
        await services.GetRequiredService<CaptureDigester>().RunAsync(cancellationToken);
    }
}
