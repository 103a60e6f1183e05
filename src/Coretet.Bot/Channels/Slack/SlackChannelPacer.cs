using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Coretet.Bot.Channels.Slack;

/// <summary>
/// One message per second per channel (protocols/slack.md §6): each post reserves the next free slot of its channel
/// and waits for it, so bursts are spaced instead of being refused with 429.
/// </summary>
internal sealed class SlackChannelPacer(IOptions<SlackOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> nextSlots = new(StringComparer.Ordinal);

    /// <summary>Reserves a slot for <paramref name="channel"/> and returns how long to wait for it.</summary>
    public TimeSpan Reserve(string channel, DateTimeOffset now)
    {
        var interval = options.Value.ChannelMessageInterval;
        var slot = now;
        nextSlots.AddOrUpdate(
            channel,
            _ => now + interval,
            (_, next) =>
            {
                slot = next > now ? next : now;
                return slot + interval;
            });
        return slot - now;
    }

    public async Task WaitTurnAsync(string channel, CancellationToken cancellationToken)
    {
        var wait = Reserve(channel, clock.GetUtcNow());
        if (wait > TimeSpan.Zero)
            await Task.Delay(wait, clock, cancellationToken);
    }
}
