using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;
using static Coretet.Bot.Dialogs.Tests.Chantiers.ChantierWorld;

namespace Coretet.Bot.Dialogs.Tests.Chantiers;

public class ChantierMembershipFlowTests
{
    private readonly ChantierWorld world = new();

    [Theory]
    [InlineData(Language.French, "Animation (1)", "Participant·es (1)")]
    [InlineData(Language.English, "Animators (1)", "Participants (1)")]
    public async Task TwoJoinOneLeaves_CardShowsOneAnimatorAndOneParticipant(Language language, string animators, string participants)
    {
        await world.Open("Jardins");
        await world.On(1, "chantier.join", Bob, language);
        await world.On(1, "chantier.join", Carol, language);

        var result = await world.On(1, "chantier.leave", Bob, language);

        Assert.Empty(result.Replies);
        var refresh = Assert.Single(result.Refreshes);
        var card = Assert.IsType<CardView>(refresh.Render(language));
        Assert.Equal("chantier:alliance-1:1", refresh.CardKey);
        Assert.Equal(card.Key, refresh.CardKey);
        Assert.Equal(language, card.Language);
        Assert.Equal("Alice", Fact(card, animators));
        Assert.Equal("Carol", Fact(card, participants));
        Assert.Equal(
            [ChantierEvents.ChantierOpened, ChantierEvents.ChantierJoined, ChantierEvents.ChantierJoined, ChantierEvents.ChantierLeft],
            world.Alliance.Entries.Select(e => e.Kind));
    }

    [Fact]
    public async Task Join_Twice_SaysSoAndKeepsOneParticipant()
    {
        await world.Open("Jardins");
        await world.On(1, "chantier.join", Bob);

        Assert.Contains("participez déjà", Text(await world.On(1, "chantier.join", Bob)));
        Assert.Single(await world.Members.ListAsync(world.Alliance.Alliance.Id, 1, default));
    }

    [Fact]
    public async Task Join_NonAlly_GetsTheCharterCard()
    {
        await world.Open("Jardins");

        Assert.Equal(FakeAlliance.CharterCardTitle, Card(await world.On(1, "chantier.join", Stranger)).Title);
        Assert.Empty(await world.Members.ListAsync(world.Alliance.Alliance.Id, 1, default));
    }

    [Fact]
    public async Task Leave_NotAParticipant_SaysSo_AndTheAnimatorMustStepDownFirst()
    {
        await world.Open("Jardins");

        Assert.Contains("don't take part", Text(await world.On(1, "chantier.leave", Bob, Language.English)));
        Assert.Contains("step down first", Text(await world.On(1, "chantier.leave", Alice, Language.English)));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("")]
    public async Task Join_TamperedCardData_IsRefusedPolitely(string number)
    {
        await world.Open("Jardins");

        var text = Text(await world.Click("chantier.join", new() { ["chantier"] = number }, Bob));

        Assert.Contains("n'est plus valable", text);
    }

    [Fact]
    public async Task HundredConcurrentJoins_EndWithHundredParticipants()
    {
        await world.Open("Jardins");
        var allies = Enumerable.Range(0, 100).Select(i => new UserRef("msteams", $"29:ally{i}", $"Ally {i}")).ToList();
        foreach (var ally in allies)
            world.Alliance.Sign(ally);

        await Task.WhenAll(allies.Select(a => Task.Run(() => world.On(1, "chantier.join", a))));

        var card = Card(await world.Say("chantier 1"));
        Assert.StartsWith("Participant·es (100)", card.Body.OfType<CardFacts>().Single().Facts[3].Label, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddCoAnimator_FromParticipants_MovesThemToAnimation_ThenTheOpenerCanStepDown()
    {
        await world.Open("Jardins");
        await world.On(1, "chantier.join", Bob);
        var form = Card(await world.On(1, "chantier.animator.form", Alice));
        Assert.Equal(Bob.Key, Assert.Single(Assert.Single(form.Body.OfType<ChoiceInput>()).Choices).Value);

        var added = Card(await world.On(1, "chantier.animator.add", Alice, extra: new() { ["ally"] = Bob.Key }));
        Assert.Equal("Alice, Bob", Fact(added, "Animation (2)"));
        Assert.Equal("personne pour l'instant", Fact(added, "Participant·es (0)"));

        var stepped = Card(await world.On(1, "chantier.stepdown", Alice));
        Assert.Equal("Bob", Fact(stepped, "Animation (1)"));
        Assert.Equal("Alice", Fact(stepped, "Participant·es (1)"));
    }

    [Fact]
    public async Task AddCoAnimator_ByAParticipantOrWithAForgedId_IsRefused()
    {
        await world.Open("Jardins");
        await world.On(1, "chantier.join", Bob);

        Assert.Contains("Only the chantier's animators", Text(await world.On(1, "chantier.animator.form", Bob, Language.English)));
        Assert.Contains("Only the chantier's animators", Text(await world.On(1, "chantier.animator.add", Bob, Language.English, new() { ["ally"] = Bob.Key })));
        Assert.Contains("no longer takes part", Text(await world.On(1, "chantier.animator.add", Alice, Language.English, new() { ["ally"] = Stranger.Key })));
        var chantier = await world.Chantiers.FindAsync(world.Alliance.Alliance.Id, 1, default);
        Assert.Single(chantier!.Animators);
    }

    [Theory]
    [InlineData("chantier 1 co-animateur", Language.French)]
    [InlineData("chantier 1 co-animator", Language.English)]
    public async Task AddCoAnimator_ByMention_AddsAnAlly_AndRefusesANonAlly(string command, Language language)
    {
        await world.Open("Jardins");

        var refused = Text(await world.Say(command + " @Stranger", Alice, language, [Stranger]));
        var added = Card(await world.Say(command + " @Carol", Alice, language, [Carol]));

        Assert.Contains("Stranger", refused);
        Assert.Contains("Carol", added.Body.OfType<CardFacts>().Single().Facts[2].Value);
        Assert.Equal(ChantierEvents.AnimatorAdded, world.Alliance.Entries[^1].Kind);
    }

    [Fact]
    public async Task StepDown_LastAnimator_IsRefused()
    {
        await world.Open("Jardins");

        Assert.Contains("seule personne", Text(await world.On(1, "chantier.stepdown", Alice)));
    }

    [Fact]
    public async Task Link_ByAnAnimator_LinksThisChannel_ByAParticipant_IsRefused()
    {
        await world.Open("Jardins");
        await world.On(1, "chantier.join", Bob);

        Assert.Contains("Only the chantier's animators", Text(await world.On(1, "chantier.link", Bob, Language.English)));
        await world.On(1, "chantier.link", Alice);

        var chantier = await world.Chantiers.FindAsync(world.Alliance.Alliance.Id, 1, default);
        Assert.Equal(Support.TurnBuilder.Team, chantier!.LinkedConversation);
        Assert.Equal(ChantierEvents.ChantierLinked, world.Alliance.Entries[^1].Kind);
    }
}
