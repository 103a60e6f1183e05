using System.Diagnostics;

namespace Coretet.Bot.Tests.Capture;

/// <summary>Real time, shifted to start at a chosen instant: Quartz's loop (which waits on real timers) sees the shifted time.</summary>
internal sealed class ShiftedClock(DateTimeOffset start) : TimeProvider
{
    private readonly Stopwatch elapsed = Stopwatch.StartNew();
    private DateTimeOffset start = start;

    public override DateTimeOffset GetUtcNow() => start + elapsed.Elapsed;

    /// <summary>From now on, real time runs from <paramref name="at"/>.</summary>
    public void Rebase(DateTimeOffset at)
    {
        start = at;
        elapsed.Restart();
    }
}
