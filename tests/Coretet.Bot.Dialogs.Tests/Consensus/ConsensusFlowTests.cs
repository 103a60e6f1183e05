using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Dialogs.Consensus;
using Coretet.Bot.Dialogs.Tests.Consensus.Fakes;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;
using V = Coretet.Bot.Dialogs.Consensus.ConsensusVerbs;

namespace Coretet.Bot.Dialogs.Tests.Consensus;

public class ConsensusFlowTests
{
    private readonly ConsensusWorld world = new();

    [Fact]
    public async Task Position_BlockWithoutReason_AsksForItAndRecordsNothing()
    {
        var ines = world.Alliance.AddAlly("Ines", facilitator: true);
        var bob = world.Alliance.AddAlly("Bob");
        var round = await world.OpenAsync(ines, "Adopter la charte v2");

        var result = await world.Position(bob, round, Stance.Block, reason: "");

        var form = Assert.IsType<CardView>(Assert.Single(result.Replies).View);
        Assert.Contains(form.Body, e => e is TextInput { Id: V.ReasonKey, Required: true });
        Assert.Contains("objectifs ou aux valeurs", ConsensusWorld.Text(form));
        Assert.Empty(await world.PositionsAsync(round));
        Assert.DoesNotContain(world.Alliance.Entries, e => e.Kind == ConsensusEvents.PositionTaken);
    }

    [Fact]
    public async Task Position_ChangedBeforeDeadline_ReplacesAndJournals()
    {
        var ines = world.Alliance.AddAlly("Ines", facilitator: true);
        var bob = world.Alliance.AddAlly("Bob");
        var round = await world.OpenAsync(ines, "Adopter la charte v2");

        var inChannel = await world.Position(bob, round, Stance.Agree);
        var result = await world.Position(bob, round, Stance.Divergent, "trop tôt", Language.English, ConsensusWorld.PersonalOf(bob));

        var position = Assert.Single(await world.PositionsAsync(round));
        Assert.Equal((Stance.Divergent, "trop tôt"), (position.Stance, position.Reason));
        Assert.Single(position.History);
        Assert.Contains(world.Alliance.Entries, e => e.Kind == ConsensusEvents.PositionChanged);
        Assert.Contains("Position recorded on round #1: Divergent opinion", ConsensusWorld.AllText(result));
        Assert.Empty(inChannel.Replies);
        Assert.Single(inChannel.Refreshes);
        Assert.Single(result.Refreshes);
    }

    [Fact]
    public async Task Position_TwentyConcurrentAgrees_OnePosition()
    {
        var ines = world.Alliance.AddAlly("Ines", facilitator: true);
        var bob = world.Alliance.AddAlly("Bob");
        var round = await world.OpenAsync(ines, "Adopter la charte v2");

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => world.Position(bob, round, Stance.Agree))));

        var position = Assert.Single(await world.PositionsAsync(round));
        Assert.Empty(position.History);
        Assert.Single(world.Alliance.Entries, e => e.Kind == ConsensusEvents.PositionTaken);
    }

    [Fact]
    public async Task Position_ThreeHundredConcurrentAllies_ExactTallyOnRefreshedCard()
    {
        var ines = world.Alliance.AddAlly("Ines", facilitator: true);
        var allies = Enumerable.Range(0, 300).Select(i => world.Alliance.AddAlly($"Ally{i:D3}")).ToList();
        var round = await world.OpenAsync(ines, "Adopter la charte v2");

        var results = await Task.WhenAll(allies.Select((a, i) => Task.Run(() => world.Position(a, round, i % 2 == 0 ? Stance.Agree : Stance.StandAside))));

        Assert.Equal(300, (await world.PositionsAsync(round)).Count);
        var card = results.Last().Refreshes.Single().Render(Language.French);
        var text = ConsensusWorld.Text(card);
        Assert.Contains("Positions: 300", text);
        Assert.Contains("J'adhère: 150", text);
        Assert.Contains("Je me mets en retrait: 150", text);
    }

    [Fact]
    public async Task Position_NonAlly_RedirectedAndNothingRecorded()
    {
        var ines = world.Alliance.AddAlly("Ines", facilitator: true);
        var round = await world.OpenAsync(ines, "Adopter la charte v2");
        var stranger = new UserRef("msteams", "29:stranger", "Stranger");

        var result = await world.Clicks(stranger, V.Position, new() { [V.RoundKey] = round.Id, [V.StanceKey] = "Agree" });

        Assert.Equal("charter", ConsensusWorld.AllText(result));
        Assert.Empty(await world.PositionsAsync(round));
    }

    [Fact]
    public async Task Position_AllyOutsideChantier_Refused()
    {
        var ines = world.Alliance.AddAlly("Ines");
        var bob = world.Alliance.AddAlly("Bob");
        world.Alliance.AddChantier(new ChantierSummary("all1", "c1", "Jardins partagés", true) { Animators = [ines.Id] });
        var round = await world.OpenAsync(ines, "Planter des haies", RoundScope.Chantier("c1"));

        var result = await world.Position(bob, round, Stance.Agree, language: Language.English);

        Assert.Contains("join it to take a position", ConsensusWorld.AllText(result));
        Assert.Empty(await world.PositionsAsync(round));
    }

    [Fact]
    public async Task Position_ForgedRoundIdOrAllyId_ChangesNothing()
    {
        var ines = world.Alliance.AddAlly("Ines", facilitator: true);
        var bob = world.Alliance.AddAlly("Bob");
        var round = await world.OpenAsync(ines, "Adopter la charte v2");
        await world.Position(ines, round, Stance.Block, "nuit aux valeurs");

        var forgedRound = await world.Clicks(bob.User, V.Position, new() { [V.RoundKey] = "0123456789abcdef0123456789abcdef", [V.StanceKey] = "Agree" });
        var badId = await world.Clicks(bob.User, V.Position, new() { [V.RoundKey] = "../x'or'1", [V.StanceKey] = "Agree" });
        var forgedAlly = await world.Clicks(bob.User, V.Position, new() { [V.RoundKey] = round.Id, [V.StanceKey] = "Agree", ["ally"] = ines.Id, ["from"] = ines.Id });

        Assert.Contains("Je ne trouve pas ce tour", ConsensusWorld.AllText(forgedRound));
        Assert.Contains("Je ne trouve pas ce tour", ConsensusWorld.AllText(badId));
        var positions = await world.PositionsAsync(round);
        Assert.Equal(Stance.Block, positions.Single(p => p.AllyId == ines.Id).Stance);
        Assert.Equal(Stance.Agree, positions.Single(p => p.AllyId == bob.Id).Stance);
        Assert.NotNull(forgedAlly);
    }

    [Fact]
    public async Task Position_UnknownStance_FriendlyRefusal()
    {
        var ines = world.Alliance.AddAlly("Ines", facilitator: true);
        var round = await world.OpenAsync(ines, "Adopter la charte v2");

        var result = await world.Clicks(ines.User, V.Position, new() { [V.RoundKey] = round.Id, [V.StanceKey] = "7" });

        Assert.Contains("Je ne reconnais pas cette position", ConsensusWorld.AllText(result));
        Assert.Empty(await world.PositionsAsync(round));
    }

    [Fact]
    public async Task LatePosition_AfterClosing_MarkedLateAndBlockNotifiesFacilitators()
    {
        var ines = world.Alliance.AddAlly("Ines", facilitator: true);
        var bob = world.Alliance.AddAlly("Bob");
        var carla = world.Alliance.AddAlly("Carla");
        var round = await world.OpenAsync(ines, "Adopter la charte v2");
        await world.Position(bob, round, Stance.Agree);
        world.Clock.Advance(TimeSpan.FromDays(4));
        await world.Sweeper.RunAsync(CancellationToken.None);

        var result = await world.Position(carla, round, Stance.Block, "contraire à nos valeurs");
        var change = await world.Position(bob, round, Stance.Block, "finalement non");

        var late = (await world.PositionsAsync(round)).Single(p => p.AllyId == carla.Id);
        Assert.True(late.Late);
        var notice = Assert.Single(result.Replies, r => r.Target is DirectTarget d && d.User == ines.User);
        Assert.Contains("Objection bloquante tardive de Carla", ConsensusWorld.Text(notice.View));
        Assert.Contains("votre position reste celle enregistrée", ConsensusWorld.AllText(change));
        Assert.Equal(OutcomeKind.Consensus, (await world.ReloadAsync(round)).Outcome!.Kind);
        Assert.Contains(world.Alliance.Entries, e => e.Kind == ConsensusEvents.LatePositionAdded);
    }

    [Fact]
    public async Task Open_ByNonFacilitatorAllianceWide_Refused()
    {
        world.Alliance.AddAlly("Ines", facilitator: true);
        var bob = world.Alliance.AddAlly("Bob");
        world.Alliance.AddChantier(new ChantierSummary("all1", "c1", "Jardins", true) { Participants = [bob.Id] });

        var result = await world.Clicks(bob.User, V.Open, new()
        {
            [V.QuestionKey] = "Tout changer", [V.ScopeKey] = RoundScopes.AllianceValue, [V.DeadlineDateKey] = "2026-12-10", [V.DeadlineTimeKey] = "18:00",
        });

        Assert.Contains("équipe d'animation", ConsensusWorld.AllText(result));
        Assert.Empty(await world.Rounds.ListAsync("all1", CancellationToken.None));
    }

    [Fact]
    public async Task Open_ChantierMemberForm_PostsCardAndInvitesMembers()
    {
        var ines = world.Alliance.AddAlly("Ines");
        var bob = world.Alliance.AddAlly("Bob", language: Language.English);
        world.Alliance.AddAlly("Outsider");
        world.Alliance.AddChantier(new ChantierSummary("all1", "c1", "Jardins", true) { Animators = [ines.Id], Participants = [bob.Id] });

        var result = await world.Clicks(ines.User, V.Open, new()
        {
            [V.QuestionKey] = "Planter des haies", [V.ScopeKey] = RoundScopes.ChantierValue("c1"),
            [V.DeadlineDateKey] = "2026-12-10", [V.DeadlineTimeKey] = "18:00", [V.QuorumKey] = "2",
        });

        var round = Assert.Single(await world.Rounds.ListAsync("all1", CancellationToken.None));
        Assert.Equal((1, 2, "c1"), (round.Number, round.Quorum, round.Scope.ChantierId));
        Assert.Equal(new DateTimeOffset(2026, 12, 10, 17, 0, 0, TimeSpan.Zero), round.Deadline);
        Assert.Contains(result.Replies, r => r.View is CardView { Key: not null } c && c.Key == round.CardKey);
        Assert.DoesNotContain(result.Replies, r => r.Target is DirectTarget);
        var invitations = await world.Sweeper.RunAsync(CancellationToken.None);
        var invitation = Assert.Single(invitations.Replies);
        Assert.Empty((await world.Sweeper.RunAsync(CancellationToken.None)).Replies);
        Assert.Equal(bob.User, ((DirectTarget)invitation.Target).User);
        Assert.Contains("New consensus round #1", ConsensusWorld.Text(invitation.View));
    }

    [Theory]
    [InlineData("", "2026-12-10", "Le texte est vide")]
    [InlineData("Q", "2026-11-01", "dans le futur")]
    [InlineData("Q", "10/12/2026", "AAAA-MM-JJ")]
    public async Task Open_BadForm_ShowsFormAgainWithProblem(string question, string date, string expected)
    {
        var ines = world.Alliance.AddAlly("Ines", facilitator: true);

        var result = await world.Clicks(ines.User, V.Open, new() { [V.QuestionKey] = question, [V.ScopeKey] = "alliance", [V.DeadlineDateKey] = date });

        var form = Assert.IsType<CardView>(Assert.Single(result.Replies).View);
        Assert.Contains(expected, ConsensusWorld.Text(form));
        Assert.Empty(await world.Rounds.ListAsync("all1", CancellationToken.None));
    }
}
