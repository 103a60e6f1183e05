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
    private readonly List<string> landed = [];

    public IReadOnlyList<string> Landed
    {
        get
        {
            lock (landed)
                return [.. landed];
        }
    }

    /// <summary>The update function of one instance; the holds (if any) apply to its first update only.</summary>
    public Func<PostedCard, View, CancellationToken, Task> Updates(ConnectorHold? beforeLanding = null, ConnectorHold? afterLanding = null)
    {
        var first = 1;
        return async (copy, view, cancellationToken) =>
        {
            var isFirst = Interlocked.Exchange(ref first, 0) == 1;
            if (isFirst && beforeLanding is not null)
                await beforeLanding.WaitAsync();
            lock (landed)
                landed.Add(((MessageView)view).Text);
            if (isFirst && afterLanding is not null)
                await afterLanding.WaitAsync();
        };
    }
}
