using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Dialogs.Consensus;
using Coretet.Bot.Dialogs.DecisionReviews;
using Coretet.Bot.Dialogs.Tests.Consensus.Fakes;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Tests.DecisionReviews;

/// <summary>Issues #6/#7: at the review date each ally in scope gets one prompt about the decision; answers link to it.</summary>
public class DecisionReviewSenderTests
{
    private static readonly DateTimeOffset Due = new(2027, 6, 1, 7, 0, 0, TimeSpan.Zero);

    private readonly DecisionReviewWorld world = new();

    [Fact]
    public async Task Run_BeforeDueTime_SendsNothing()
    {
        await world.DecideAsync(Stance.Agree);
        world.Consensus.Clock.Set(Due.AddMinutes(-1));

        Assert.Equal(0, await world.NewSender().RunAsync(CancellationToken.None));
        Assert.Empty(world.Sent);
        Assert.Equal(DecisionReviewStatus.Scheduled, world.Reviews.Rows.Values.Single().Status);
    }

    [Fact]
    public async Task Run_AtDueTimeTwice_EachAllyOncePromptedAboutTheDecisionAndJournaledOnce()
    {
        var round = await world.DecideAsync(Stance.Reservations);
        world.Consensus.Clock.Set(Due);
        var sender = world.NewSender();

        await sender.RunAsync(CancellationToken.None);
        await sender.RunAsync(CancellationToken.None);

        Assert.All(new[] { world.Ines, world.Ana, world.Ben }, a => Assert.Equal(1, world.SentTo(a)));
        var card = Assert.IsType<CardView>(world.Sent.First().View);
        Assert.Contains(card.Body.OfType<CardFacts>().SelectMany(f => f.Facts), f => f.Value.Contains("Mutualiser nos outils", StringComparison.Ordinal));
        var review = world.Reviews.Rows[round.Id];
        Assert.Equal((DecisionReviewStatus.Sent, 3, Due), (review.Status, review.Recipients, review.SentAt));
        var entry = Assert.Single(world.Consensus.Alliance.Entries, e => e.Kind == DecisionReviewEvents.DecisionReviewSent);
        Assert.Equal(round.Id, entry.RoundId);
        Assert.Contains($"n°{round.Number}", entry.Summary.French, StringComparison.Ordinal);
        Assert.Contains($"#{round.Number}", entry.Summary.English, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_TwoInstancesRacing_EachAllyOnceAndOneJournalEntry()
    {
        await world.DecideAsync(Stance.Agree);
        world.Consensus.Clock.Set(Due);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => world.NewSender().RunAsync(CancellationToken.None))));

        Assert.All(new[] { world.Ines, world.Ana, world.Ben }, a => Assert.Equal(1, world.SentTo(a)));
        Assert.Single(world.Consensus.Alliance.Entries, e => e.Kind == DecisionReviewEvents.DecisionReviewSent);
        Assert.Equal(DecisionReviewStatus.Sent, world.Reviews.Rows.Values.Single().Status);
    }

    [Fact]
    public async Task Run_ChantierRound_OnlyItsMembersPrompted()
    {
        AddGardens();
        await world.DecideAsync(Stance.Agree, RoundScope.Chantier("ch1"));
        world.Consensus.Clock.Set(Due);

        await world.NewSender().RunAsync(CancellationToken.None);

        Assert.Equal((1, 1, 0), (world.SentTo(world.Ines), world.SentTo(world.Ana), world.SentTo(world.Ben)));
        Assert.Equal("ch1", world.Capture.Occurrences.Values.Single().ChantierId);
    }

    [Fact]
    public async Task Run_ChantierGone_ReviewCancelledNothingSent()
    {
        AddGardens();
        var round = await world.DecideAsync(Stance.Agree, RoundScope.Chantier("ch1"));
        await RewriteAsync(round, data => data with { Scope = RoundScope.Chantier("gone") });
        world.Consensus.Clock.Set(Due);

        await world.NewSender().RunAsync(CancellationToken.None);

        Assert.Empty(world.Sent);
        Assert.Equal(DecisionReviewStatus.Cancelled, world.Reviews.Rows[round.Id].Status);
    }

    [Fact]
    public async Task Run_RoundNoLongerAdopted_ReviewCancelledNothingSent()
    {
        var round = await world.DecideAsync(Stance.Agree);
        await RewriteAsync(round, data => data with { Outcome = round.Outcome! with { Kind = OutcomeKind.NoConsensus } });
        world.Consensus.Clock.Set(Due);

        await world.NewSender().RunAsync(CancellationToken.None);

        Assert.Empty(world.Sent);
        Assert.Equal(DecisionReviewStatus.Cancelled, world.Reviews.Rows[round.Id].Status);
    }

    [Fact]
    public async Task Run_ReviewDateMovedLater_RescheduledAndSentOnTheNewDate()
    {
        var round = await world.DecideAsync(Stance.Agree);
        await RewriteAsync(round, data => data with { ReviewDate = new DateOnly(2027, 9, 15) });
        world.Consensus.Clock.Set(Due);
        var sender = world.NewSender();

        await sender.RunAsync(CancellationToken.None);
        var rescheduled = world.Reviews.Rows[round.Id];
        world.Consensus.Clock.Set(new DateTimeOffset(2027, 9, 15, 7, 0, 0, TimeSpan.Zero));
        await sender.RunAsync(CancellationToken.None);

        Assert.Equal((DecisionReviewStatus.Scheduled, new DateOnly(2027, 9, 15)), (rescheduled.Status, rescheduled.ReviewDate));
        Assert.Equal(1, world.SentTo(world.Ana));
        Assert.Equal(DecisionReviewStatus.Sent, world.Reviews.Rows[round.Id].Status);
    }

    [Fact]
    public async Task Answer_ToReviewPrompt_ExperienceLinkedToDecisionDespiteForgedCardData()
    {
        var round = await world.DecideAsync(Stance.Agree);
        world.Consensus.Clock.Set(Due);
        await world.NewSender().RunAsync(CancellationToken.None);
        var key = world.Capture.Occurrences.Keys.Single();

        await world.Router.RouteAsync(new Turn(TurnKind.CardAction, world.Ana.User, ConsensusChannel, Language.French)
        {
            Action = new CardAction(CaptureViews.AnswerVerb, new Dictionary<string, string>
            {
                [CaptureViews.OccurrenceData] = key,
                [CaptureViews.DecisionData] = "another-round",
                ["q.learned"] = "Les outils partagés ont tenu",
            }),
        }, CancellationToken.None);

        var experience = Assert.Single(world.Capture.Experiences.Values);
        Assert.Equal(round.Id, experience.DecisionId);
        Assert.Equal(key, experience.OccurrenceKey);
    }

    [Theory]
    [InlineData(Language.French, "Revue envoyée le", "Retours d'expérience liés à la décision : 2 (dont « rien à signaler » : 1)")]
    [InlineData(Language.English, "Review sent on", "Experiences linked to the decision: 2 (of which \"nothing to report\": 1)")]
    public async Task Record_AfterAnswers_ShowsSentAndLinkedExperiences(Language language, string sent, string counted)
    {
        var round = await world.DecideAsync(Stance.Agree);
        var scheduled = await RecordAsync(round, language);
        world.Consensus.Clock.Set(Due);
        await world.NewSender().RunAsync(CancellationToken.None);
        var key = world.Capture.Occurrences.Keys.Single();
        await AnswerAsync(world.Ana, CaptureViews.AnswerVerb, key, "Les outils partagés ont tenu");
        await AnswerAsync(world.Ben, CaptureViews.NothingVerb, key, null);

        var record = await RecordAsync(round, language);

        Assert.Contains(language == Language.French ? "Revue prévue le" : "Review scheduled for", scheduled, StringComparison.Ordinal);
        Assert.Contains(sent, record, StringComparison.Ordinal);
        Assert.Contains(counted, record, StringComparison.Ordinal);
        Assert.Contains("Les outils partagés ont tenu", record, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.French, "Pas de revue : la décision n'a pas été adoptée.")]
    [InlineData(Language.English, "No review: the decision was not adopted.")]
    public async Task Record_NotAdopted_SaysNoReview(Language language, string expected)
    {
        var round = await world.DecideAsync(Stance.Block);

        Assert.Contains(expected, await RecordAsync(round, language), StringComparison.Ordinal);
    }

    private void AddGardens() =>
        world.Consensus.Alliance.AddChantier(new ChantierSummary(world.Consensus.Alliance.Alliance.Id, "ch1", "Jardins", true)
        {
            Animators = [world.Ines.Id],
            Participants = [world.Ana.Id],
        });

    /// <summary>The stored round changed behind the review's back (another writer, a later feature).</summary>
    private async Task RewriteAsync(Round round, Func<RoundData, RoundData> change)
    {
        var stored = await world.Consensus.Rounds.FindAsync(round.AllianceId, round.Id, CancellationToken.None);
        Assert.True(await world.Consensus.Rounds.TryUpdateAsync(Round.Restore(change(round.ToData())), stored!.Version, CancellationToken.None));
    }

    private static ConversationRef ConsensusChannel => ConsensusWorld.Channel;

    private Task<TurnResult> AnswerAsync(Ally ally, string verb, string key, string? learned)
    {
        var data = new Dictionary<string, string> { [CaptureViews.OccurrenceData] = key };
        if (learned is not null)
            data["q.learned"] = learned;
        return world.Router.RouteAsync(new Turn(TurnKind.CardAction, ally.User, ConsensusChannel, Language.French) { Action = new CardAction(verb, data) }, CancellationToken.None);
    }

    private async Task<string> RecordAsync(Round round, Language language)
    {
        var result = await world.Router.RouteAsync(new Turn(TurnKind.Message, world.Ines.User, ConsensusChannel, language)
        {
            Text = (language == Language.French ? "décision " : "decision ") + round.Number,
        }, CancellationToken.None);
        return ConsensusWorld.AllText(result);
    }
}
