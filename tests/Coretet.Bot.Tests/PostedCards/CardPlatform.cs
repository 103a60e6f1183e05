using Coretet.Bot.Channels;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Tests.PostedCards;

/// <summary>
/// A fake platform for <see cref="PostedCardRefresher"/>: records every update in the order it lands, and can hold
/// the next update of one instance before it lands (<see cref="HoldBeforeLanding"/>) or after it landed, before its
/// response returns (<see cref="HoldAfterLanding"/>), so that tests interleave instances deterministically.
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

    public static Hold HoldBeforeLanding() => new(beforeLanding: true);

    public static Hold HoldAfterLanding() => new(beforeLanding: false);

    /// <summary>The update function of one instance; <paramref name="hold"/> (if any) applies to its first update only.</summary>
    public Func<PostedCard, View, CancellationToken, Task> Updates(Hold? hold = null)
    {
        var first = hold;
        return async (copy, view, cancellationToken) =>
        {
            var current = Interlocked.Exchange(ref first, null);
            if (current is { BeforeLanding: true })
                await current.WaitAsync();
            lock (landed)
                landed.Add(((MessageView)view).Text);
            if (current is { BeforeLanding: false })
                await current.WaitAsync();
        };
    }

    public sealed class Hold(bool beforeLanding)
    {
        private readonly TaskCompletionSource arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool BeforeLanding { get; } = beforeLanding;

        /// <summary>Completes when the held update reached the platform.</summary>
        public Task Arrived => arrived.Task;

        public void Release() => released.TrySetResult();

        internal Task WaitAsync()
        {
            arrived.TrySetResult();
            return released.Task;
        }
    }
}
