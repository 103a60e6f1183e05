using Coretet.Bot.Dialogs.Consensus;
using Coretet.Bot.Dialogs.Tests.Consensus.Fakes;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;
using V = Coretet.Bot.Dialogs.Consensus.ConsensusVerbs;

namespace Coretet.Bot.Dialogs.Tests.Consensus;

public class RoundLifecycleTests
{
    private readonly RecordingListener listener = new();
    private readonly ConsensusWorld world;

    public RoundLifecycleTests()
    {
        world = new ConsensusWorld([listener]);
    }

    [Fact]
    public async Task FullRound_DissentAnsweredAmendedReconfirmed_ConsensusWithRecordedDissent()
    {
        var ines = world.Alliance.AddAlly("Ines", facilitator: true);
        var (a, b, c, d) = (world.Alliance.AddAlly("Ana"), world.Alliance.AddAlly("Ben"), world.Alliance.AddAlly("Cleo"), world.Alliance.AddAlly("Dan"));
        var round = await world.OpenAsync(ines, "Mutualiser nos outils");
        await world.Position(ines, round, Stance.Agree);
        await world.Position(a, round, Stance.Reservations, "coût de maintenance");
        await world.Position(b, round, Stance.StandAside);
        await world.Position(c, round, Stance.Divergent, "préférer des outils libres");
        await world.Position(d, round, Stance.Block, "exclut les petites structures");

        var answer = await world.Clicks(ines.User, V.Answer, new() { [V.RoundKey] = round.Id, [V.PositionKey] = c.Id, [V.TextKey] = "Nous retenons des logiciels libres" });
        var responseId = (await world.Positions.FindAsync(round.Id, c.Id, default))!.Value.Responses.Single().Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await world.Clicks(c.User, V.Addressed, new() { [V.RoundKey] = round.Id, [V.ResponseKey] = responseId, ["ally"] = d.Id });
        var amend = await world.Clicks(ines.User, V.Amend, new() { [V.RoundKey] = round.Id, [V.TextKey] = "Mutualiser nos outils, avec un tarif solidaire" });
        await world.Clicks(d.User, V.Position, new() { [V.RoundKey] = round.Id, [V.StanceKey] = "Agree" });
        await world.Clicks(b.User, V.Reconfirm, new() { [V.RoundKey] = round.Id });
        world.Clock.Advance(TimeSpan.FromDays(3));
        var closing = await world.Sweeper.RunAsync(CancellationToken.None);

        Assert.Contains(answer.Replies, r => r.Target is DirectTarget t && t.User == c.User);
        Assert.Equal(4, amend.Replies.Count(r => r.Target is DirectTarget)); // Ana, Ben, Cleo and Dan positioned on revision 1
        var closed = await world.ReloadAsync(round);
        Assert.Equal(OutcomeKind.ConsensusWithDissent, closed.Outcome!.Kind);
        var card = ConsensusWorld.Text(Assert.Single(closing.Replies, r => r.Target is ConversationTarget).View);
        Assert.Contains("coût de maintenance", card);
        Assert.Contains("préférer des outils libres", card);
        Assert.Contains("Nous retenons des logiciels libres", card);
        Assert.Contains("répond à la préoccupation", card);
        var positions = await world.PositionsAsync(round);
        Assert.Equal(2, positions.Single(p => p.AllyId == b.Id).RevisionNumber);
        Assert.Equal(1, positions.Single(p => p.AllyId == a.Id).RevisionNumber);
        Assert.Single(listener.Outcomes);
    }

    [Fact]
    public async Task OpenBlock_ClosesNoConsensus_ThenArbitrationKeepsBlock()
    {
        var ines = world.Alliance.AddAlly("Ines", facilitator: true, language: Language.English);
        var bob = world.Alliance.AddAlly("Bob");
        var round = await world.OpenAsync(ines, "Merge the two chantiers");
        await world.Position(ines, round, Stance.Agree);
        await world.Position(bob, round, Stance.Block, "loses the local focus");

        var closing = await world.Clicks(ines.User, V.Close, new() { [V.RoundKey] = round.Id }, Language.English);
        var refused = await world.Clicks(bob.User, V.Arbitrate, new() { [V.RoundKey] = round.Id, [V.StatementKey] = "x" });
        var arbitration = await world.Clicks(ines.User, V.Arbitrate, new() { [V.RoundKey] = round.Id, [V.StatementKey] = "Merged for a six-month trial", [V.AdoptKey] = "yes" }, Language.English);

        Assert.Contains("Round #1 closed: no consensus", ConsensusWorld.AllText(closing));
        Assert.Equal("facilitators only", ConsensusWorld.AllText(refused));
        var closed = await world.ReloadAsync(round);
        Assert.Equal((OutcomeKind.Arbitration, OutcomeKind.NoConsensus, 1), (closed.Outcome!.Kind, closed.Outcome.Computed, closed.Outcome.Tally.Blocks));
        var text = ConsensusWorld.AllText(arbitration);
        Assert.Contains("Merged for a six-month trial", text);
        Assert.Contains("loses the local focus", text);
        Assert.Equal(2, listener.Outcomes.Count);
        Assert.True(listener.Outcomes[1].IsAdopted);
    }

    [Fact]
    public async Task Close_ByOrdinaryAlly_Refused()
    {
        var ines = world.Alliance.AddAlly("Ines", facilitator: true);
        var bob = world.Alliance.AddAlly("Bob");
        var round = await world.OpenAsync(ines, "Q");

        var result = await world.Clicks(bob.User, V.Close, new() { [V.RoundKey] = round.Id });

        Assert.Contains("Seul·es la personne qui a ouvert le tour", ConsensusWorld.AllText(result));
        Assert.True((await world.ReloadAsync(round)).IsOpen);
    }

    [Fact]
    public async Task Sweep_Reminders_OncePerAllyWithoutPosition()
    {
        var ines = world.Alliance.AddAlly("Ines", facilitator: true);
        var bob = world.Alliance.AddAlly("Bob");
        var carla = world.Alliance.AddAlly("Carla");
        var round = await world.OpenAsync(ines, "Q", deadlineIn: TimeSpan.FromDays(3));
        await world.Position(carla, round, Stance.Agree);

        var early = await world.Sweeper.RunAsync(default);
        world.Clock.Advance(TimeSpan.FromHours(49));
        var first = await world.Sweeper.RunAsync(default);
        var again = await world.Sweeper.RunAsync(default);
        world.Clock.Advance(TimeSpan.FromHours(21.5));
        var second = await world.Sweeper.RunAsync(default);

        Assert.Equal(bob.User, ((DirectTarget)Assert.Single(early.Replies).Target).User);
        Assert.Contains("Nouveau tour", ConsensusWorld.Text(early.Replies[0].View));
        Assert.Equal([bob.User, ines.User], first.Replies.Select(r => ((DirectTarget)r.Target).User).OrderBy(u => u.Name));
        Assert.Contains("Rappel", ConsensusWorld.Text(first.Replies[0].View));
        Assert.Empty(again.Replies);
        Assert.Equal(2, second.Replies.Count);
    }

    [Fact]
    public async Task Sweep_AtDeadlineTwice_ClosesOnce()
    {
        var ines = world.Alliance.AddAlly("Ines", facilitator: true);
        var round = await world.OpenAsync(ines, "Q");
        await world.Position(ines, round, Stance.Agree);
        world.Clock.Advance(TimeSpan.FromDays(5));

        var results = await Task.WhenAll(world.Sweeper.RunAsync(default), world.Sweeper.RunAsync(default));

        Assert.Single(results.SelectMany(r => r.Replies), r => r.Target is ConversationTarget);
        Assert.Single(world.Alliance.Entries, e => e.Kind == ConsensusEvents.RoundClosed);
        Assert.Single(listener.Outcomes);
    }

    [Fact]
    public async Task Decisions_AndRecord_ShowOutcomesHistoryAndLateContributions()
    {
        var ines = world.Alliance.AddAlly("Ines", facilitator: true);
        var bob = world.Alliance.AddAlly("Bob");
        var round = await world.OpenAsync(ines, "Ouvrir un second chantier");
        await world.Position(bob, round, Stance.Block, "pas de bras");
        await world.Position(bob, round, Stance.Reservations, "si quelqu'un anime");
        world.Clock.Advance(TimeSpan.FromDays(4));
        await world.Sweeper.RunAsync(default);
        await world.Position(ines, round, Stance.Agree);

        var list = ConsensusWorld.AllText(await world.Says(ines, "décisions"));
        var record = ConsensusWorld.AllText(await world.Says(bob, "decision 1", Language.English));
        var missing = ConsensusWorld.AllText(await world.Says(bob, "décision 7"));

        Assert.Contains("n°1 — consensus avec avis divergents", list);
        Assert.Contains("Decision #1 — full record", record);
        Assert.Contains("earlier: Blocking objection (revision 1", record);
        Assert.Contains("Late contributions", record);
        Assert.Contains("Il n'y a pas de décision n°7", missing);
    }

    private sealed class RecordingListener : IRoundOutcomeListener
    {
        public List<Outcome> Outcomes { get; } = [];

        public Task<TurnResult> OnOutcomeAsync(Round round, Outcome outcome, CancellationToken cancellationToken)
        {
            lock (Outcomes)
                Outcomes.Add(outcome);
            return Task.FromResult(TurnResult.Nothing);
        }
    }
}
