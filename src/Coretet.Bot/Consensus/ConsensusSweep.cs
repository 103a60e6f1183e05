using Coretet.Bot.Channels;
using Coretet.Bot.Dialogs.Consensus;
using Coretet.Bot.Scheduling;

namespace Coretet.Bot.Consensus;

/// <summary>Invitations, reminders and closing at the deadline (each claimed per occurrence, see <see cref="RoundSweeper"/>).</summary>
internal sealed class ConsensusSweep(IServiceProvider services, ConsensusOptions options) : ISweep
{
    public string Name => "consensus";

    public TimeSpan Interval => TimeSpan.FromSeconds(Math.Max(1, options.SweepSeconds));

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!ConsensusPorts.Available(services))
            return;
        var result = await services.GetRequiredService<RoundSweeper>().RunAsync(cancellationToken);
        if (result.Replies.Count > 0 || result.Refreshes.Count > 0)
            await services.GetRequiredService<IReplyDispatcher>().DispatchAsync(result, origin: null, cancellationToken);
    }
}
