using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Consensus;
using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;
using Microsoft.Extensions.Logging.Abstractions;

namespace Coretet.Bot.Dialogs.Tests.Consensus.Fakes;

/// <summary>The consensus capability wired on in-memory fakes, driven through the dialog router.</summary>
internal sealed class ConsensusWorld
{
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    public static readonly ConversationRef Channel = new("msteams", "19:general@thread.tacv2", ConversationKind.Channel) { SpaceId = "19:team" };

    public ConsensusWorld(IEnumerable<IRoundOutcomeListener>? listeners = null)
    {
        Alliance.Alliance.AttachConversation(Channel);
        var audiences = new RoundAudiences(Alliance, Alliance);
        Access = new RoundAccess(Rounds, Positions, audiences, new RoundSnapshots(), new RoundReads());
        var closer = new RoundCloser(Access, Alliance, Alliance, listeners ?? [], Clock, NullLogger<RoundCloser>.Instance);
        Service = new ConsensusService(Access, Alliance, Clock);
        var flow = new ConsensusFlow(Alliance, Service, new PositionService(Access, Alliance, Clock), new DissentService(Access, Alliance, Clock),
            new AmendmentService(Access, Alliance, Clock), new ClosingActions(Access, closer), Access, Clock, Options);
        Router = new DialogRouter([flow], NullLogger<DialogRouter>.Instance);
        Sweeper = new RoundSweeper(Access, closer, Alliance, Clock, Options);
    }

    public static ConversationRef PersonalOf(Ally ally) => new("msteams", "a:" + ally.User.Id, ConversationKind.Personal);

    public FakeAlliance Alliance { get; } = new();

    public ManualClock Clock { get; } = new(Start);

    public InMemoryRoundStore Rounds { get; } = new();

    public InMemoryPositionStore Positions { get; } = new();

    public ConsensusOptions Options { get; } = new();

    public RoundAccess Access { get; }

    public ConsensusService Service { get; }

    public DialogRouter Router { get; }

    public RoundSweeper Sweeper { get; }

    public Task<TurnResult> Says(Ally ally, string text, Language language = Language.French, ConversationRef? where = null) =>
        Router.RouteAsync(new Turn(TurnKind.Message, ally.User, where ?? Channel, language) { Text = text }, CancellationToken.None);

    public Task<TurnResult> Clicks(UserRef user, string verb, Dictionary<string, string> data, Language language = Language.French, ConversationRef? where = null) =>
        Router.RouteAsync(new Turn(TurnKind.CardAction, user, where ?? Channel, language) { Action = new CardAction(verb, data) }, CancellationToken.None);

    public Task<TurnResult> Position(Ally ally, Round round, Stance stance, string? reason = null, Language language = Language.French, ConversationRef? where = null)
    {
        var data = new Dictionary<string, string> { [ConsensusVerbs.RoundKey] = round.Id, [ConsensusVerbs.StanceKey] = stance.ToString() };
        if (reason is not null)
            data[ConsensusVerbs.ReasonKey] = reason;
        return Clicks(ally.User, ConsensusVerbs.Position, data, language, where);
    }

    public async Task<Round> OpenAsync(Ally initiator, string question, RoundScope? scope = null, TimeSpan? deadlineIn = null, int? quorum = null)
    {
        var context = new AllianceContext(Alliance.Alliance, initiator.Id, initiator);
        var draft = new RoundDraft(question, scope ?? RoundScope.Alliance, Clock.GetUtcNow() + (deadlineIn ?? TimeSpan.FromDays(3))) { Quorum = quorum };
        return (await Service.OpenAsync(context, draft, Language.French, Channel, CancellationToken.None)).Round;
    }

    public async Task<Round> ReloadAsync(Round round) => (await Rounds.FindAsync(round.AllianceId, round.Id, CancellationToken.None))!.Value;

    public Task<IReadOnlyList<Position>> PositionsAsync(Round round) => Positions.ListAsync(round.Id, CancellationToken.None);

    public static string AllText(TurnResult result) => string.Join("\n", result.Replies.Select(r => Text(r.View)));

    public static string Text(View view) => view switch
    {
        MessageView m => m.Text,
        CardView c => string.Join("\n", new[] { c.Title ?? "" }.Concat(c.Body.SelectMany(ElementText)).Concat(c.Buttons.Select(b => b.Label))),
        _ => "",
    };

    private static IEnumerable<string> ElementText(CardElement element) => element switch
    {
        CardText t => [t.Text],
        CardFacts f => f.Facts.Select(x => $"{x.Label}: {x.Value}"),
        CardList l => new[] { l.Heading ?? "" }.Concat(l.Items),
        CardInput i => [i.Label],
        _ => [],
    };
}
