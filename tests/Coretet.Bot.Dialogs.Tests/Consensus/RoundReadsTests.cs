using Coretet.Bot.Dialogs.Consensus;

namespace Coretet.Bot.Dialogs.Tests.Consensus;

public class RoundReadsTests
{
    [Fact]
    public async Task ReadAsync_BurstOfCallers_SharesReadsAndEachSeesWritesBeforeItAsked()
    {
        var reads = new RoundReads();
        var round = new RoundBuilder().Build();
        var written = 0;
        var started = 0;

        async Task<(Round, IReadOnlyList<Position>)> Read()
        {
            Interlocked.Increment(ref started);
            var seen = Volatile.Read(ref written);
            await Task.Delay(20);
            return (round, Enumerable.Range(0, seen).Select(i => RoundBuilder.Position($"a{i}", Stance.Agree)).ToList());
        }

        var results = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => Task.Run(async () =>
        {
            var mine = Interlocked.Increment(ref written);
            var (_, positions) = await reads.ReadAsync(round.Id, Read);
            return positions.Count >= mine;
        })));

        Assert.All(results, Assert.True);
        Assert.InRange(started, 1, 50);
    }
}
