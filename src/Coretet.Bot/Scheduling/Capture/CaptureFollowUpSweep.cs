using Coretet.Bot.Dialogs.Capture;
using Microsoft.Extensions.Options;

namespace Coretet.Bot.Scheduling.Capture;

/// <summary>Deferred prompts (quiet hours), reminders and chantier digests, in every instance (claims make it once).</summary>
internal sealed class CaptureFollowUpSweep(CaptureFollowUps followUps, CaptureDigester digester, IOptions<CaptureOptions> options) : ISweep
{
    public string Name => "capture.followups";

    public TimeSpan Interval => options.Value.FollowUpInterval;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await followUps.RunAsync(cancellationToken);
        await digester.RunAsync(cancellationToken);
    }
}
