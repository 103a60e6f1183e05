using System.Diagnostics;

namespace Coretet.Bot.Tests.Consensus;

/// <summary>
/// The host's clock in these tests: real time flowing from <c>start</c>, plus whatever the test adds with
/// <see cref="Advance"/> (deadlines, reminders). Time keeps flowing so that the per-conversation send limits
/// (which reserve slots on this clock) still free up.
/// </summary>
internal sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private readonly Stopwatch elapsed = Stopwatch.StartNew();
    private long offsetTicks;

    public override DateTimeOffset GetUtcNow() => start + elapsed.Elapsed + TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);
}
