using Coretet.Bot.Dialogs.Consensus;
using static Coretet.Bot.Dialogs.Tests.Consensus.RoundBuilder;

namespace Coretet.Bot.Dialogs.Tests.Consensus;

public class TallyTests
{
    [Fact]
    public void From_FiveStances_CountsEachAndTotal()
    {
        var tally = Tally.From(Stances.All.Select((s, i) => Position($"a{i}", s)), 1);

        Assert.All(Stances.All, s => Assert.Equal(1, tally[s]));
        Assert.Equal(5, tally.Total);
        Assert.Equal(2, tally.Dissent);
        Assert.Equal(1, tally.Blocks);
    }

    [Fact]
    public void From_LateAndOlderRevision_LateApartOlderCounted()
    {
        var tally = Tally.From([Position("a", Stance.Agree, revision: 1), Position("b", Stance.Agree, revision: 2), Position("c", Stance.Block, late: true)], 2);

        Assert.Equal(2, tally[Stance.Agree]);
        Assert.Equal(0, tally.Blocks);
        Assert.Equal(1, tally.Late);
        Assert.Equal(1, tally.OnOlderRevision);
    }

    [Theory]
    [InlineData(new[] { Stance.Agree, Stance.StandAside }, null, OutcomeKind.Consensus)]
    [InlineData(new[] { Stance.Agree, Stance.Reservations }, null, OutcomeKind.ConsensusWithDissent)]
    [InlineData(new[] { Stance.Agree, Stance.Divergent }, null, OutcomeKind.ConsensusWithDissent)]
    [InlineData(new[] { Stance.Agree, Stance.Block }, null, OutcomeKind.NoConsensus)]
    [InlineData(new[] { Stance.Agree, Stance.Agree }, 3, OutcomeKind.NoConsensus)]
    [InlineData(new[] { Stance.Agree, Stance.Agree, Stance.Agree }, 3, OutcomeKind.Consensus)]
    [InlineData(new Stance[0], null, OutcomeKind.NoConsensus)]
    public void Decide_Stances_GivesOutcome(Stance[] stances, int? quorum, OutcomeKind expected)
    {
        var tally = Tally.From(stances.Select((s, i) => Position($"a{i}", s)), 1);

        Assert.Equal(expected, tally.Decide(quorum));
    }

    [Fact]
    public void From_TenThousandPositions_ExactCounts()
    {
        var positions = Enumerable.Range(0, 10_000).Select(i => Position($"a{i}", Stances.All[i % 5])).ToList();

        var tally = Tally.From(positions, 1);

        Assert.Equal(10_000, tally.Total);
        Assert.All(Stances.All, s => Assert.Equal(2_000, tally[s]));
    }
}
