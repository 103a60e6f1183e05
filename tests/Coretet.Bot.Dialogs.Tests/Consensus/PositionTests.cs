using Coretet.Bot.Dialogs.Consensus;
using Coretet.Bot.Dialogs.Texts;
using static Coretet.Bot.Dialogs.Tests.Consensus.RoundBuilder;

namespace Coretet.Bot.Dialogs.Tests.Consensus;

public class PositionTests
{
    [Theory]
    [InlineData(Stance.Reservations)]
    [InlineData(Stance.Divergent)]
    [InlineData(Stance.Block)]
    public void Take_DissentWithoutReason_Refused(Stance stance)
    {
        var refused = Assert.Throws<AllianceException>(() => Coretet.Bot.Dialogs.Consensus.Position.Take("r1", "a", "A", stance, "   ", 1, Now, false));

        Assert.Contains(stance == Stance.Block ? "objectifs ou aux valeurs" : "raison", refused.Reason.French);
    }

    [Theory]
    [InlineData(Stance.Agree)]
    [InlineData(Stance.StandAside)]
    public void Take_AgreeOrStandAsideWithoutReason_Accepted(Stance stance)
    {
        var position = Coretet.Bot.Dialogs.Consensus.Position.Take("r1", "a", "A", stance, null, 1, Now, false);

        Assert.Equal(stance, position.Stance);
        Assert.Null(position.Reason);
    }

    [Fact]
    public void Change_SameStanceReasonRevision_NothingChanges()
    {
        var position = Position("a", Stance.Agree);

        Assert.False(position.Change("a", Stance.Agree, null, 1, Now.AddHours(1), false));
        Assert.Empty(position.History);
    }

    [Fact]
    public void Change_NewStance_KeepsHistory()
    {
        var position = Position("a", Stance.Block, "nuit aux valeurs");

        Assert.True(position.Change("a", Stance.Agree, null, 2, Now.AddHours(1), false));

        Assert.Equal(Stance.Agree, position.Stance);
        var earlier = Assert.Single(position.History);
        Assert.Equal((Stance.Block, "nuit aux valeurs", 1), (earlier.Stance, earlier.Reason, earlier.RevisionNumber));
    }

    [Fact]
    public void Answer_Agree_Refused()
    {
        Assert.Throws<AllianceException>(() => Position("a", Stance.Agree).Answer("i", "Inès", "merci", Now));
    }

    [Fact]
    public void Answer_ThenMarkAddressed_RecordedOnce()
    {
        var position = Position("a", Stance.Divergent, "trop tôt");
        var response = position.Answer("i", "Inès", "on commence petit", Now.AddHours(1));

        Assert.True(position.IsAnswered);
        Assert.True(position.MarkAddressed(response.Id, Now.AddHours(2)));
        Assert.False(position.MarkAddressed(response.Id, Now.AddHours(3)));
        Assert.Equal(Now.AddHours(2), position.Responses.Single().AddressedAt);
        Assert.Throws<AllianceException>(() => position.MarkAddressed(99, Now));
    }

    [Fact]
    public void Restore_ToData_RoundTrips()
    {
        var position = Position("a", Stance.Reservations, "coût");
        position.Answer("i", "Inès", "budget prévu", Now);
        position.Change("a", Stance.Agree, null, 2, Now.AddHours(1), true);

        var copy = Coretet.Bot.Dialogs.Consensus.Position.Restore(position.ToData());

        Assert.Equal((Stance.Agree, 2, true), (copy.Stance, copy.RevisionNumber, copy.Late));
        Assert.Single(copy.History);
        Assert.Single(copy.Responses);
    }
}
