using Coretet.Bot.Channels;

namespace Coretet.Bot.Tests.BotFramework;

public class CardRefreshCoalescerTests
{
    [Fact]
    public async Task RefreshAsync_BurstWhileOneRuns_AppliesTwiceWithTheLatest()
    {
        var coalescer = new CardRefreshCoalescer();
        var applied = new List<int>();
        var gate = new TaskCompletionSource();
        var started = new TaskCompletionSource();

        async Task Apply(int value)
        {
            lock (applied)
                applied.Add(value);
            started.TrySetResult();
            await gate.Task;
        }

        var first = coalescer.RefreshAsync("round:1", 0, Apply);
        await started.Task;
        var burst = Enumerable.Range(1, 9).Select(i => coalescer.RefreshAsync("round:1", i, Apply)).ToList();
        gate.SetResult();
        await Task.WhenAll([first, .. burst]);

        Assert.Equal([0, 9], applied);
    }

    [Fact]
    public async Task RefreshAsync_StreamOfRefreshes_EachCallerReturnsOnceItsRenderIsAppliedNotWhenTheStreamEnds()
    {
        var coalescer = new CardRefreshCoalescer();
        var passes = new[] { new TaskCompletionSource(), new TaskCompletionSource(), new TaskCompletionSource() };
        var started = passes.Select(_ => new TaskCompletionSource()).ToArray();
        var pass = -1;

        Task Apply(int value)
        {
            var n = Interlocked.Increment(ref pass);
            started[n].SetResult();
            return passes[n].Task;
        }

        var first = coalescer.RefreshAsync("round:1", 0, Apply);
        await started[0].Task;
        var second = coalescer.RefreshAsync("round:1", 1, Apply);
        passes[0].SetResult();
        await first.WaitAsync(TimeSpan.FromSeconds(10));
        await started[1].Task;
        var third = coalescer.RefreshAsync("round:1", 2, Apply);
        passes[1].SetResult();
        await second.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(third.IsCompleted);
        await started[2].Task;
        passes[2].SetResult();
        await third;
    }

    [Fact]
    public async Task RefreshAsync_FailingPass_FailsEveryWaitingCaller()
    {
        var coalescer = new CardRefreshCoalescer();
        var gate = new TaskCompletionSource();
        var started = new TaskCompletionSource();

        async Task Apply(int value)
        {
            started.TrySetResult();
            await gate.Task;
            throw new InvalidOperationException("store down");
        }

        var first = coalescer.RefreshAsync("round:1", 0, Apply);
        await started.Task;
        var second = coalescer.RefreshAsync("round:1", 1, Apply);
        gate.SetResult();

        await Assert.ThrowsAsync<InvalidOperationException>(() => first);
        await Assert.ThrowsAsync<InvalidOperationException>(() => second);
    }

    [Fact]
    public async Task RefreshAsync_DifferentKeys_AreIndependent()
    {
        var coalescer = new CardRefreshCoalescer();
        var applied = new List<string>();

        await Task.WhenAll(
            coalescer.RefreshAsync("a", "a1", v => Add(applied, v)),
            coalescer.RefreshAsync("b", "b1", v => Add(applied, v)));

        Assert.Equal(["a1", "b1"], applied.Order());
    }

    [Fact]
    public async Task RefreshAsync_AfterAFailure_TheKeyWorksAgain()
    {
        var coalescer = new CardRefreshCoalescer();

        await Assert.ThrowsAsync<InvalidOperationException>(() => coalescer.RefreshAsync<int>("a", 1, _ => throw new InvalidOperationException()));
        var applied = new List<string>();
        await coalescer.RefreshAsync("a", "again", v => Add(applied, v));

        Assert.Equal(["again"], applied);
    }

    private static Task Add(List<string> applied, string value)
    {
        lock (applied)
            applied.Add(value);
        return Task.CompletedTask;
    }
}
