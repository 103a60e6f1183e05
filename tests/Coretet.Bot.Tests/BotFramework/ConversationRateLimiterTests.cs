using Coretet.Bot.Channels.BotFramework.Outbound;

namespace Coretet.Bot.Tests.BotFramework;

public class ConversationRateLimiterTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Reserve_BurstOfTwenty_StaysUnderTeamsLimitsInEveryWindow()
    {
        var limiter = new ConversationRateLimiter(new FixedTime(Start));

        var slots = Enumerable.Range(0, 20).Select(_ => limiter.Reserve("19:c")).ToList();

        Assert.Equal(slots.Order(), slots);
        Assert.Equal(6, slots.Count(s => s == Start));
        foreach (var slot in slots)
        {
            Assert.True(slots.Count(s => s >= slot && s < slot.AddSeconds(1)) < 7);
            Assert.True(slots.Count(s => s >= slot && s < slot.AddSeconds(2)) <= 8);
        }
    }

    [Fact]
    public void Reserve_OtherConversation_IsNotDelayed()
    {
        var limiter = new ConversationRateLimiter(new FixedTime(Start));
        for (var i = 0; i < 10; i++)
            limiter.Reserve("19:busy");

        Assert.Equal(Start, limiter.Reserve("19:quiet"));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
