using Coretet.Bot.Channels;
using Coretet.Bot.Dialogs.Views;
using Coretet.Bot.Tests.Support;

namespace Coretet.Bot.Tests.PostedCards;

/// <summary>
/// A fake platform for <see cref="PostedCardRefresher"/>: records every update in the order it lands, and can hold
/// an instance's first update before it lands, or after it landed and before its response returns, so that tests
/// interleave instances deterministically.
/// </summary>
internal sealed class CardPlatform
{
    private readonly List<(string Platform, string Text)> landed = [];

    /// <summary>Every update's text, in landing order.</summary>
    public IReadOnlyList<string> Landed
    {
        get
        {
            lock (landed)
                return [.. landed.Select(l => l.Text)];
        }
    }

    public IReadOnlyList<string> LandedOn(string platform)
    {
        lock (landed)
            return [.. landed.Where(l => l.Platform == platform).Select(l => l.Text)];
    }

    /// <summary>
    /// The update function of one instance; the holds (if any) apply to its first update only (its first update on
    /// <paramref name="platform"/>, when given).
    /// </summary>
    public Func<PostedCard, View, CancellationToken, Task> Updates(ConnectorHold? beforeLanding = null, ConnectorHold? afterLanding = null, string? platform = null)
    {
        var first = 1;
        return async (copy, view, cancellationToken) =>
        {
            var isFirst = (platform is null || copy.Conversation.Platform == platform) && Interlocked.Exchange(ref first, 0) == 1;
            if (isFirst && beforeLanding is not null)
                await beforeLanding.WaitAsync();
            lock (landed)
                landed.Add((copy.Conversation.Platform, ((MessageView)view).Text));
            if (isFirst && afterLanding is not null)
                await afterLanding.WaitAsync();
        };
    }
}
