using Coretet.Bot.Tests.Processes;

namespace Coretet.Bot.Bench.Load;

/// <summary>Samples a bot process's resident memory (working set) every 100 ms until disposed; <see cref="Peak"/> is the largest sample.</summary>
internal sealed class MemorySampler : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task sampling;
    private long peak;

    public MemorySampler(BotProcess bot) => sampling = SampleAsync(bot, stop.Token);

    public long Peak => Interlocked.Read(ref peak);

    private async Task SampleAsync(BotProcess bot, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        try
        {
            do
            {
                var resident = bot.Memory().Resident;
                if (resident > Interlocked.Read(ref peak))
                    Interlocked.Exchange(ref peak, resident);
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException)
        {
            // Disposed.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await sampling;
        stop.Dispose();
    }
}
