using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;
using static Coretet.Bot.Dialogs.Tests.Chantiers.ChantierWorld;

namespace Coretet.Bot.Dialogs.Tests.Chantiers;

public class ChantierClosingFlowTests
{
    private sealed class RecordingListener(bool prompts) : IChantierClosedListener
    {
        public List<ChantierClosure> Closures { get; } = [];

        public bool PromptsMembers => prompts;

        public Task<TurnResult> OnChantierClosedAsync(ChantierClosure closure, CancellationToken cancellationToken)
        {
            Closures.Add(closure);
            return Task.FromResult(TurnResult.Of(new Reply(new MessageView("capture"), new DirectTarget(closure.ClosedBy))));
        }
    }

    private static Dictionary<string, string> Statement(string text) => new() { ["statement"] = text };

    private static async Task<ChantierWorld> WithParticipants(ChantierWorld world)
    {
        await world.Open("Jardins");
        await world.On(1, "chantier.join", Bob);
        await world.On(1, "chantier.join", Carol);
        return world;
    }

    [Theory]
    [InlineData(Language.French, "revient à ses animateur·rices")]
    [InlineData(Language.English, "is up to its animators")]
    public async Task Close_ByAParticipant_IsRefusedPolitely(Language language, string expected)
    {
        var world = await WithParticipants(new ChantierWorld());

        Assert.Contains(expected, Text(await world.On(1, "chantier.close.form", Bob, language)));
        Assert.Contains(expected, Text(await world.On(1, "chantier.close", Bob, language, Statement("Fini"))));
        Assert.True((await world.Chantiers.FindAsync(world.Alliance.Alliance.Id, 1, default))!.IsOpen);
    }

    [Fact]
    public async Task Close_WithAStatement_TellsEveryMemberInTheirLanguage_AndJournals()
    {
        var world = await WithParticipants(new ChantierWorld());

        var result = await world.On(1, "chantier.close", Alice, extra: Statement("Trois jardins ouverts."));

        var card = Card(result);
        Assert.Contains(card.Body.OfType<CardText>(), t => t.Text == "Trois jardins ouverts." && t.Literal);
        Assert.Equal("chantier.reopen", Assert.Single(card.Buttons).Verb);
        var direct = result.Replies.Where(r => r.Target is DirectTarget).ToList();
        Assert.Equal([Alice.Key, Bob.Key, Carol.Key], direct.Select(r => ((DirectTarget)r.Target).User.Key));
        var toCarol = (CardView)direct[2].View;
        Assert.Contains(toCarol.Body.OfType<CardText>(), t => t.Text.Contains("what did we achieve, what did we learn, what do we pass on?", StringComparison.Ordinal));
        Assert.Contains(((CardView)direct[1].View).Body.OfType<CardText>(), t => t.Text.Contains("qu'avons-nous appris", StringComparison.Ordinal));
        var entry = world.Alliance.Entries[^1];
        Assert.Equal(ChantierEvents.ChantierClosed, entry.Kind);
        Assert.Equal("Trois jardins ouverts.", entry.Data["detail"]);
    }

    [Theory]
    [InlineData("", "Write a short closing statement")]
    [InlineData("S2001", "2000 characters at most")]
    public async Task Close_InvalidStatement_ShowsTheFormAgain_AndKeepsItOpen(string statement, string expected)
    {
        var world = await WithParticipants(new ChantierWorld());

        var form = Card(await world.On(1, "chantier.close", Alice, Language.English, Statement(statement == "S2001" ? new string('s', 2001) : statement)));

        Assert.Contains(expected, Warning(form));
        Assert.True((await world.Chantiers.FindAsync(world.Alliance.Alliance.Id, 1, default))!.IsOpen);
    }

    [Fact]
    public async Task Close_CallsListeners_AndOneThatPromptsReplacesTheDefaultMessage()
    {
        var quiet = new RecordingListener(prompts: false);
        var world = await WithParticipants(new ChantierWorld(quiet));
        var withDefault = await world.On(1, "chantier.close", Alice, extra: Statement("Fait."));

        var prompting = new RecordingListener(prompts: true);
        var other = await WithParticipants(new ChantierWorld(prompting));
        var replaced = await other.On(1, "chantier.close", Alice, extra: Statement("Fait."));

        var closure = Assert.Single(quiet.Closures);
        Assert.Equal("1", closure.Chantier.Id);
        Assert.Equal([Bob.Key, Carol.Key], closure.Chantier.Participants);
        Assert.Equal(3, closure.Members.Count);
        Assert.Equal(4, withDefault.Replies.Count(r => r.Target is DirectTarget));
        Assert.Equal("capture", Assert.IsType<MessageView>(Assert.Single(replaced.Replies, r => r.Target is DirectTarget).View).Text);
    }

    [Fact]
    public async Task Reopen_ByAnAnimator_OpensIt_AndJournals_ButNotOverAnOpenTwin()
    {
        var world = await WithParticipants(new ChantierWorld());
        await world.On(1, "chantier.close", Alice, extra: Statement("Fait."));
        await world.Open("Jardins", from: Bob);

        Assert.Contains("chantier 2", Text(await world.On(1, "chantier.reopen", Alice, Language.English)));
        await world.On(2, "chantier.close", Bob, extra: Statement("Doublon."));
        Assert.Contains("Reopening a chantier is up to its animators", Text(await world.On(1, "chantier.reopen", Bob, Language.English)));

        var card = Card(await world.On(1, "chantier.reopen", Alice));

        Assert.Equal("ouvert", Fact(card, "État"));
        Assert.Equal("Bob, Carol", Fact(card, "Participant·es (2)"));
        Assert.Equal(ChantierEvents.ChantierReopened, world.Alliance.Entries[^1].Kind);
    }

    [Fact]
    public async Task Join_AfterClose_IsRefused()
    {
        var world = await WithParticipants(new ChantierWorld());
        await world.On(1, "chantier.close", Alice, extra: Statement("Fait."));

        Assert.Contains("est clos", Text(await world.On(1, "chantier.join", Bob)));
    }
}
