using System.Collections.Concurrent;
using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Dialogs.Consensus;
using Coretet.Bot.Dialogs.DecisionReviews;
using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Dialogs.Tests.Capture.Support;
using Coretet.Bot.Dialogs.Tests.Charter.Fakes;
using Coretet.Bot.Dialogs.Tests.Consensus.Fakes;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;
using Microsoft.Extensions.Logging.Abstractions;

namespace Coretet.Bot.Dialogs.Tests.DecisionReviews;

/// <summary>Consensus with the review listener, capture's prompter on memory stores, and a recording sender.</summary>
internal sealed class DecisionReviewWorld : IPromptSender
{
    public static readonly DateOnly ReviewDate = new(2027, 6, 1);

    public DecisionReviewWorld()
    {
        Listener = new DecisionReviewListener(Reviews, Options);
        Consensus = new ConsensusWorld([Listener]);
        Ines = Consensus.Alliance.AddAlly("Ines", facilitator: true);
        Ana = Consensus.Alliance.AddAlly("Ana");
        Ben = Consensus.Alliance.AddAlly("Ben", language: Language.English);
        var alliances = new InMemoryAllianceStore();
        alliances.CreateAsync(Consensus.Alliance.Alliance, default).GetAwaiter().GetResult();
        Alliances = alliances;
        Router = new DialogRouter([new ExperienceFlow(Consensus.Alliance, Consensus.Alliance, Capture, Capture, Capture, Consensus.Alliance, Consensus.Clock), RecordFlow()],
            NullLogger<DialogRouter>.Instance);
    }

    public DecisionReviewOptions Options { get; } = new();

    public MemoryDecisionReviewStore Reviews { get; } = new();

    public MemoryCaptureStore Capture { get; } = new();

    public DecisionReviewListener Listener { get; }

    public ConsensusWorld Consensus { get; }

    public InMemoryAllianceStore Alliances { get; }

    public DialogRouter Router { get; }

    public Ally Ines { get; }

    public Ally Ana { get; }

    public Ally Ben { get; }

    public ConcurrentQueue<Reply> Sent { get; } = new();

    public int SentTo(Ally ally) => Sent.Count(r => r.Target is DirectTarget d && d.User == ally.User);

    /// <summary>A sender as one bot instance has it; several share the stores and claims like instances do.</summary>
    public DecisionReviewSender NewSender()
    {
        var prompter = new CapturePrompter(Consensus.Alliance, Consensus.Alliance, Consensus.Alliance, Capture, Capture, this,
            new CaptureOptions { MaxPromptsPerSecond = 0 }, Consensus.Clock, NullLogger<CapturePrompter>.Instance, Alliances);
        return new DecisionReviewSender(Reviews, Consensus.Rounds, new RoundAudiences(Consensus.Alliance, Consensus.Alliance), prompter,
            Consensus.Alliance, Consensus.Alliance, Options, Consensus.Clock, NullLogger<DecisionReviewSender>.Instance);
    }

    public async Task<Round> OpenAsync(RoundScope? scope = null, DateOnly? review = null)
    {
        var context = new AllianceContext(Consensus.Alliance.Alliance, Ines.Id, Ines);
        var draft = new RoundDraft("Mutualiser nos outils", scope ?? RoundScope.Alliance, Consensus.Clock.GetUtcNow().AddDays(3)) { ReviewDate = review ?? ReviewDate };
        return (await Consensus.Service.OpenAsync(context, draft, Language.French, ConsensusWorld.Channel, CancellationToken.None)).Round;
    }

    /// <summary>Opens a round, takes the stances and lets the deadline pass (closed by the sweep).</summary>
    public async Task<Round> DecideAsync(Stance stance, RoundScope? scope = null, DateOnly? review = null)
    {
        var round = await OpenAsync(scope, review);
        await Consensus.Position(Ines, round, Stance.Agree);
        await Consensus.Position(Ana, round, stance, stance == Stance.Agree ? null : "Une raison");
        Consensus.Clock.Advance(TimeSpan.FromDays(4));
        await Consensus.Sweeper.RunAsync(CancellationToken.None);
        return await Consensus.ReloadAsync(round);
    }

    public Task<DeliveryResult> SendAsync(Reply reply, CancellationToken cancellationToken)
    {
        Sent.Enqueue(reply);
        return Task.FromResult(DeliveryResult.Delivered);
    }

    public RoundCloser Closer() =>
        new(Consensus.Access, Consensus.Alliance, Consensus.Alliance, [Listener], Consensus.Clock, NullLogger<RoundCloser>.Instance);

    /// <summary>The consensus flow with the review section of the record.</summary>
    private ConsensusFlow RecordFlow()
    {
        var c = Consensus;
        var closer = Closer();
        return new ConsensusFlow(c.Alliance, c.Service, new PositionService(c.Access, c.Alliance, c.Clock), new DissentService(c.Access, c.Alliance, c.Clock),
            new AmendmentService(c.Access, c.Alliance, c.Clock), new ClosingActions(c.Access, closer), c.Access, c.Clock, c.Options,
            [new DecisionReviewRecord(Reviews, Capture)]);
    }
}
