using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Dialogs.Consensus;
using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Dialogs.Tests.Capture.Support;
using Coretet.Bot.Dialogs.Tests.Consensus.Fakes;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;
using Coretet.Bot.Dialogs.Wiring;
using Microsoft.Extensions.Logging.Abstractions;

namespace Coretet.Bot.Dialogs.Tests.Wiring;

/// <summary>Issue #7: a principle proposed by any ally goes to a consensus round whose outcome decides it.</summary>
public class PrincipleWiringTests
{
    private readonly MemoryCaptureStore store = new();
    private readonly ConsensusWorld world;
    private readonly DialogRouter principles;
    private readonly Ally ines;
    private readonly Ally ana;

    public PrincipleWiringTests()
    {
        world = new ConsensusWorld([new PrincipleOutcomeListener(new PrincipleOutcomes(store))]);
        ines = world.Alliance.AddAlly("Ines", facilitator: true);
        ana = world.Alliance.AddAlly("Ana");
        var flow = new PrincipleFlow(world.Alliance, store, store, new ConsensusPrincipleRounds(world.Service, world.Clock), world.Alliance, world.Clock);
        principles = new DialogRouter([flow], NullLogger<DialogRouter>.Instance);
        store.Experiences["e1a2b3c4"] = new Experience("e1a2b3c4", world.Alliance.Alliance.Id, ana.Id, "Ana", ConsensusWorld.Start);
    }

    [Fact]
    public async Task Propose_ByAllyWhoIsNotFacilitator_OpensAllianceWidePrincipleRoundWithCard()
    {
        var result = await SaysAsync(ana, "principe e1a2b3c4 : Partager nos outils");

        var principle = store.Principles.Values.Single();
        var round = (await world.Rounds.FindAsync(world.Alliance.Alliance.Id, principle.RoundId!, CancellationToken.None))!.Value;
        Assert.Equal(new RoundSubject(RoundSubjectKind.Principle, principle.Id), round.Subject);
        Assert.True(round.Scope.IsAllianceWide);
        Assert.Equal(ana.Id, round.InitiatorId);
        Assert.Contains("Partager nos outils", ConsensusWorld.AllText(result));
        Assert.Contains(result.Replies, r => r.View is CardView);
    }

    [Fact]
    public async Task Outcome_Consensus_PrincipleAdoptedAndListedWithExperiences()
    {
        var round = await ProposeAsync();
        await world.Position(ines, round, Stance.Agree);
        await world.Position(ana, round, Stance.Reservations, "À suivre");
        world.Clock.Advance(ConsensusPrincipleRounds.Duration + TimeSpan.FromHours(1));
        await world.Sweeper.RunAsync(CancellationToken.None);

        Assert.Equal(PrincipleStatus.Adopted, store.Principles.Values.Single().Status);
        var listed = ConsensusWorld.AllText(await SaysAsync(ana, "principes"));
        Assert.Contains("adopté", listed);
        Assert.Contains("e1a2b3c4", listed);
    }

    [Fact]
    public async Task Outcome_BlockThenArbitrationAdopts_RejectedThenAdopted()
    {
        var round = await ProposeAsync();
        await world.Position(ines, round, Stance.Block, "Trop vague");
        world.Clock.Advance(ConsensusPrincipleRounds.Duration + TimeSpan.FromHours(1));
        await world.Sweeper.RunAsync(CancellationToken.None);
        Assert.Equal(PrincipleStatus.Rejected, store.Principles.Values.Single().Status);

        var closer = new RoundCloser(world.Access, world.Alliance, world.Alliance, [new PrincipleOutcomeListener(new PrincipleOutcomes(store))], world.Clock, NullLogger<RoundCloser>.Instance);
        await closer.ArbitrateAsync(round.AllianceId, round.Id, ines.Id, ines.Name, "Adopté avec précision", adopts: true, CancellationToken.None);

        Assert.Equal(PrincipleStatus.Adopted, store.Principles.Values.Single().Status);
    }

    [Fact]
    public async Task Outcome_OfAnotherKindOfRound_LeavesPrinciplesAlone()
    {
        await ProposeAsync();
        var decision = await world.OpenAsync(ines, "Autre chose", deadlineIn: TimeSpan.FromDays(1));
        await world.Position(ines, decision, Stance.Agree);
        world.Clock.Advance(TimeSpan.FromDays(2));
        await world.Sweeper.RunAsync(CancellationToken.None);

        Assert.Equal(PrincipleStatus.Proposed, store.Principles.Values.Single().Status);
    }

    [Fact]
    public async Task Propose_UnknownExperience_RefusedAndNoRoundOpened()
    {
        var result = await SaysAsync(ana, "principe deadbeef : Partager nos outils");

        Assert.Contains("deadbeef", ConsensusWorld.AllText(result));
        Assert.Empty(store.Principles);
        Assert.Empty(await world.Rounds.ListAsync(world.Alliance.Alliance.Id, CancellationToken.None));
    }

    private async Task<Round> ProposeAsync()
    {
        await SaysAsync(ana, "principe e1a2b3c4 : Partager nos outils");
        var id = store.Principles.Values.Single().RoundId!;
        return (await world.Rounds.FindAsync(world.Alliance.Alliance.Id, id, CancellationToken.None))!.Value;
    }

    private Task<TurnResult> SaysAsync(Ally ally, string text) =>
        principles.RouteAsync(new Turn(TurnKind.Message, ally.User, ConsensusWorld.Channel, Language.French) { Text = text }, CancellationToken.None);
}
