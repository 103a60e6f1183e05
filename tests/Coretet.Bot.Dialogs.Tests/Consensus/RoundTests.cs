using Coretet.Bot.Dialogs.Consensus;
using Coretet.Bot.Dialogs.Texts;
using static Coretet.Bot.Dialogs.Tests.Consensus.RoundBuilder;

namespace Coretet.Bot.Dialogs.Tests.Consensus;

public class RoundTests
{
    [Fact]
    public void Open_DeadlineInPast_Refused()
    {
        Assert.Throws<AllianceException>(() => new RoundBuilder().WithDeadlineIn(TimeSpan.FromMinutes(-1)).Build());
    }

    [Fact]
    public void Open_EmptyQuestionOrZeroQuorum_Refused()
    {
        Assert.Throws<AllianceException>(() => new RoundBuilder().WithQuestion("  ").Build());
        Assert.Throws<AllianceException>(() => new RoundBuilder().WithQuorum(0).Build());
    }

    [Fact]
    public void Amend_ByInitiator_AddsRevision()
    {
        var round = new RoundBuilder().Build();

        var revision = round.Amend("msteams:29:ines", "Adopter la charte v2, avec un an d'essai", Now.AddHours(1));

        Assert.Equal(2, revision.Number);
        Assert.Equal(2, round.Revisions.Count);
        Assert.Equal(revision, round.Current);
    }

    [Fact]
    public void Amend_ByOtherOrUnchangedOrAfterDeadline_Refused()
    {
        var round = new RoundBuilder().Build();

        Assert.Throws<AllianceException>(() => round.Amend("msteams:29:bob", "autre", Now));
        Assert.Throws<AllianceException>(() => round.Amend("msteams:29:ines", round.Current.Text, Now));
        Assert.Throws<AllianceException>(() => round.Amend("msteams:29:ines", "autre", round.Deadline));
        Assert.Single(round.Revisions);
    }

    [Fact]
    public void Close_WithOpenBlock_RecordsNoConsensus()
    {
        var round = new RoundBuilder().Build();

        var outcome = round.Close("system", [Position("a", Stance.Agree), Position("b", Stance.Block)], round.Deadline);

        Assert.Equal(OutcomeKind.NoConsensus, outcome.Kind);
        Assert.False(round.IsOpen);
        Assert.False(outcome.Early);
        Assert.False(outcome.IsAdopted);
    }

    [Fact]
    public void Close_LateBlockIgnoredAndEarly_ConsensusWithDissent()
    {
        var round = new RoundBuilder().Build();

        var outcome = round.Close("msteams:29:ines", [Position("a", Stance.Reservations), Position("b", Stance.Block, late: true)], Now.AddHours(1));

        Assert.Equal(OutcomeKind.ConsensusWithDissent, outcome.Kind);
        Assert.True(outcome.Early);
        Assert.True(outcome.IsAdopted);
    }

    [Fact]
    public void Close_QuorumNotMet_NoConsensus()
    {
        var round = new RoundBuilder().WithQuorum(3).Build();

        var outcome = round.Close("system", [Position("a", Stance.Agree)], round.Deadline);

        Assert.Equal(OutcomeKind.NoConsensus, outcome.Kind);
        Assert.False(outcome.QuorumMet);
    }

    [Fact]
    public void Close_Twice_Refused()
    {
        var round = new RoundBuilder().Build();
        round.Close("system", [], round.Deadline);

        Assert.Throws<AllianceException>(() => round.Close("system", [], round.Deadline));
    }

    [Fact]
    public void Arbitrate_AfterNoConsensus_KeepsBlocksAndComputedOutcome()
    {
        var round = new RoundBuilder().Build();
        round.Close("system", [Position("a", Stance.Block)], round.Deadline);

        var outcome = round.Arbitrate("msteams:29:fac", "Adopté à l'essai pour six mois", adopts: true, round.Deadline.AddHours(1));

        Assert.Equal(OutcomeKind.Arbitration, outcome.Kind);
        Assert.Equal(OutcomeKind.NoConsensus, outcome.Computed);
        Assert.Equal(1, outcome.Tally.Blocks);
        Assert.True(outcome.IsAdopted);
        Assert.Throws<AllianceException>(() => round.Arbitrate("msteams:29:fac", "encore", true, round.Deadline.AddHours(2)));
    }

    [Fact]
    public void Arbitrate_OpenOrConsensusRound_Refused()
    {
        var open = new RoundBuilder().Build();
        Assert.Throws<AllianceException>(() => open.Arbitrate("f", "x", true, Now));

        var agreed = new RoundBuilder().Build();
        agreed.Close("system", [Position("a", Stance.Agree)], agreed.Deadline);
        Assert.Throws<AllianceException>(() => agreed.Arbitrate("f", "x", true, agreed.Deadline));
    }

    [Fact]
    public void IsLateAt_DeadlineOrClosed_True()
    {
        var round = new RoundBuilder().Build();

        Assert.False(round.IsLateAt(Now));
        Assert.True(round.IsLateAt(round.Deadline));
        round.Close("i", [], Now.AddMinutes(1));
        Assert.True(round.IsLateAt(Now.AddMinutes(2)));
    }
}
