using Coretet.Bot.Channels;

namespace Coretet.Bot.Tests.PostedCards;

public class CardRenderStateTests
{
    [Fact]
    public void Reserve_FromAFreshCopy_GivesVersionOneAndClearsTheNote()
    {
        var state = new CardRenderState(0, 0, Dirty: true).Reserve();

        Assert.Equal(new CardRenderState(1, 0, false), state);
    }

    [Fact]
    public void IsSuperseded_OnlyWhenANewerVersionWasReserved()
    {
        var state = new CardRenderState(3, 2, false);

        Assert.True(state.IsSuperseded(2));
        Assert.False(state.IsSuperseded(3));
    }

    [Fact]
    public void Complete_StillTheNewest_IsDoneAndRecordsTheSend()
    {
        var completion = new CardRenderState(4, 2, false).Complete(4);

        Assert.Null(completion.ResendAs);
        Assert.Equal(new CardRenderState(4, 4, false), completion.State);
    }

    [Fact]
    public void Complete_NewerReservedAndAlreadySent_SendsAgainAsTheNextVersion()
    {
        // Instance B reserved 2, updated and completed while A's update of 1 was on its way: A's may have landed last.
        var completion = new CardRenderState(2, 2, false).Complete(1);

        Assert.Equal(3, completion.ResendAs);
        Assert.Equal(new CardRenderState(3, 2, false), completion.State);
    }

    [Fact]
    public void Complete_NewerReservedNotYetSent_LeavesANoteAndIsDone()
    {
        var completion = new CardRenderState(2, 0, false).Complete(1);

        Assert.Null(completion.ResendAs);
        Assert.Equal(new CardRenderState(2, 0, true), completion.State);
    }

    [Fact]
    public void Complete_NewestWithANote_SendsAgain()
    {
        var completion = new CardRenderState(2, 0, true).Complete(2);

        Assert.Equal(3, completion.ResendAs);
        Assert.Equal(new CardRenderState(3, 0, false), completion.State);
    }

    [Fact]
    public void Complete_TwoCrossingUpdates_ExactlyOneOfThemSendsAgain()
    {
        // A reserves 1, B reserves 2; both updates land in either order. Whatever the completion order, one resend.
        var reserved = new CardRenderState(0, 0, false).Reserve().Reserve();

        var aFirst = reserved.Complete(1);
        var thenB = aFirst.State.Complete(2);
        var bFirst = reserved.Complete(2);
        var thenA = bFirst.State.Complete(1);

        Assert.Equal([null, 3L], new[] { aFirst.ResendAs, thenB.ResendAs });
        Assert.Equal([null, 3L], new[] { bFirst.ResendAs, thenA.ResendAs });
    }
}
