using Coretet.Bot.Dialogs.Consensus;
using Coretet.Bot.Dialogs.DecisionReviews;

namespace Coretet.Bot.Dialogs.Tests.DecisionReviews;

/// <summary>Issue #6: which outcomes schedule a review of the decision, and when it falls due.</summary>
public class DecisionReviewListenerTests
{
    private readonly DecisionReviewWorld world = new();

    [Theory]
    [InlineData(Stance.Agree, OutcomeKind.Consensus)]
    [InlineData(Stance.Reservations, OutcomeKind.ConsensusWithDissent)]
    public async Task Outcome_AdoptedWithReviewDate_ScheduledAtNineParisTime(Stance stance, OutcomeKind expected)
    {
        var round = await world.DecideAsync(stance);

        var review = Assert.Single(world.Reviews.Rows.Values);
        Assert.Equal(expected, round.Outcome!.Kind);
        Assert.Equal((round.Id, round.Number, DecisionReviewWorld.ReviewDate), (review.RoundId, review.RoundNumber, review.ReviewDate));
        Assert.Equal(DecisionReviewStatus.Scheduled, review.Status);
        Assert.Equal(new DateTimeOffset(2027, 6, 1, 7, 0, 0, TimeSpan.Zero), review.DueAt); // 09:00 CEST
    }

    [Fact]
    public async Task Outcome_NoConsensus_NoReview()
    {
        var round = await world.DecideAsync(Stance.Block);

        Assert.Equal(OutcomeKind.NoConsensus, round.Outcome!.Kind);
        Assert.Empty(world.Reviews.Rows);
    }

    [Fact]
    public async Task Arbitration_Adopts_ReviewScheduled()
    {
        var round = await world.DecideAsync(Stance.Block);

        await world.Closer().ArbitrateAsync(round.AllianceId, round.Id, world.Ines.Id, "Ines", "On essaie six mois", adopts: true, CancellationToken.None);

        Assert.Equal(DecisionReviewStatus.Scheduled, Assert.Single(world.Reviews.Rows.Values).Status);
    }

    [Fact]
    public async Task Arbitration_SetsAside_NoReview()
    {
        var round = await world.DecideAsync(Stance.Block);

        await world.Closer().ArbitrateAsync(round.AllianceId, round.Id, world.Ines.Id, "Ines", "On renonce", adopts: false, CancellationToken.None);

        Assert.Empty(world.Reviews.Rows);
    }

    [Fact]
    public async Task Outcome_AdoptedWithoutReviewDate_NoReview()
    {
        var round = await world.OpenAsync();
        var undated = Round.Restore(round.ToData() with { ReviewDate = null });
        var now = world.Consensus.Clock.GetUtcNow();
        undated.Close("system", [Position.Take(round.Id, world.Ana.Id, "Ana", Stance.Agree, null, 1, now, false)], now);

        await world.Listener.OnOutcomeAsync(undated, undated.Outcome!, CancellationToken.None);

        Assert.Equal(OutcomeKind.Consensus, undated.Outcome!.Kind);
        Assert.Empty(world.Reviews.Rows);
    }

    [Fact]
    public async Task Outcome_NoLongerAdoptedWhileScheduled_ReviewCancelled()
    {
        var round = await world.DecideAsync(Stance.Agree);
        var rejected = Round.Restore(round.ToData() with { Outcome = round.Outcome! with { Kind = OutcomeKind.NoConsensus } });

        await world.Listener.OnOutcomeAsync(rejected, rejected.Outcome!, CancellationToken.None);

        Assert.Equal(DecisionReviewStatus.Cancelled, Assert.Single(world.Reviews.Rows.Values).Status);
    }

    [Fact]
    public async Task Outcome_ReviewDateChanged_DueTimeFollows()
    {
        var round = await world.DecideAsync(Stance.Agree);
        var moved = Round.Restore(round.ToData() with { ReviewDate = new DateOnly(2027, 9, 15) });

        await world.Listener.OnOutcomeAsync(moved, moved.Outcome!, CancellationToken.None);

        var review = Assert.Single(world.Reviews.Rows.Values);
        Assert.Equal(new DateOnly(2027, 9, 15), review.ReviewDate);
        Assert.Equal(new DateTimeOffset(2027, 9, 15, 7, 0, 0, TimeSpan.Zero), review.DueAt);
    }

    [Fact]
    public async Task Outcome_ToldAgainAfterSending_StaysSent()
    {
        var round = await world.DecideAsync(Stance.Agree);
        world.Reviews.Rows[round.Id] = world.Reviews.Rows[round.Id].MarkSent(world.Consensus.Clock.GetUtcNow(), 3);
        var writes = world.Reviews.Writes;

        await world.Listener.OnOutcomeAsync(round, round.Outcome!, CancellationToken.None);
        var rejected = Round.Restore(round.ToData() with { Outcome = round.Outcome! with { Kind = OutcomeKind.NoConsensus } });
        await world.Listener.OnOutcomeAsync(rejected, rejected.Outcome!, CancellationToken.None);

        Assert.Equal(DecisionReviewStatus.Sent, world.Reviews.Rows[round.Id].Status);
        Assert.Equal(writes, world.Reviews.Writes);
    }

    [Theory]
    [InlineData("2027-01-15", "Europe/Paris", 9, "2027-01-15T08:00:00Z")]
    [InlineData("2027-03-28", "Europe/Paris", 2, "2027-03-28T01:00:00Z")] // 02:00 does not exist that day: 03:00 CEST
    [InlineData("2027-06-01", "America/New_York", 9, "2027-06-01T13:00:00Z")]
    [InlineData("2027-06-01", "Nowhere/Unknown", 9, "2027-06-01T07:00:00Z")] // unknown zone: the alliance default
    public void DueInstant_LocalHourInZone_RightUtcInstant(string date, string zone, int hour, string expected)
    {
        var due = DecisionReview.DueInstant(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), zone, hour);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), due);
    }
}
