namespace Coretet.Bot.Dialogs.Capture;

/// <summary>
/// Spreads one fan-out's sends evenly at most <c>perSecond</c> a second (Teams also limits a bot globally, not only
/// per conversation), so that large audiences are not answered with walls of 429s. Thread-safe.
/// </summary>
public sealed class SendPacer(int perSecond, TimeProvider clock)
{
    private readonly long interval = perSecond <= 0 ? 0 : clock.TimestampFrequency / perSecond;
    private long next = clock.GetTimestamp();

    public async Task WaitTurnAsync(CancellationToken cancellationToken)
    {
        if (interval == 0)
            return;
        long slot;
        long current;
        do
        {
            current = Volatile.Read(ref next);
            slot = Math.Max(current, clock.GetTimestamp());
        }
        while (Interlocked.CompareExchange(ref next, slot + interval, current) != current);
        var wait = clock.GetElapsedTime(clock.GetTimestamp(), slot);
        if (wait > TimeSpan.Zero)
            await Task.Delay(wait, clock, cancellationToken);
    }
}
