namespace Coretet.Bot.Tests.Memory;

/// <summary>A clock the test moves by hand.</summary>
internal sealed class JournalClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
