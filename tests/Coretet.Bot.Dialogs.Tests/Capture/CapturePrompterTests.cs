using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Dialogs.Tests.Capture.Support;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Tests.Capture;

public class CapturePrompterTests
{
    private static readonly DateTimeOffset Occurrence = new(2027, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SendOccurrence_AllAllies_PromptsEachOnceInTheirLanguage()
    {
        var world = new CaptureWorld();
        var schedule = world.Schedule();
        var summary = await world.Prompter.SendOccurrenceAsync(schedule, Occurrence, default);
        Assert.Equal(3, summary[PromptStatus.Sent]);
        Assert.All(new[] { CaptureWorld.Alice, CaptureWorld.Bob, CaptureWorld.Carol }, u => Assert.Equal(1, world.SentTo(u)));
        var bobs = world.Sent.Single(r => r.Target is DirectTarget d && d.User == CaptureWorld.Bob);
        Assert.Equal("Capture experience", Assert.IsType<CardView>(bobs.View).Title);
        Assert.Equal(PromptStatus.Sent, world.Store.Record(schedule.OccurrenceKey(Occurrence), CaptureWorld.Alice.Key)!.Status);
    }

    [Fact]
    public async Task SendOccurrence_TwoInstancesSameOccurrence_EachAllyPromptedOnce()
    {
        var first = new CaptureWorld();
        var schedule = first.Schedule();
        var second = new CaptureWorld(new MemoryCaptureStore(), first.ClaimSet, first.Clock);
        await Task.WhenAll(
            first.Prompter.SendOccurrenceAsync(schedule, Occurrence, default),
            second.Prompter.SendOccurrenceAsync(schedule, Occurrence, default));
        Assert.Equal(3, first.Sent.Count + second.Sent.Count);
    }

    [Fact]
    public async Task SendOccurrence_Rerun_SendsNothingMore()
    {
        var world = new CaptureWorld();
        var schedule = world.Schedule();
        await world.Prompter.SendOccurrenceAsync(schedule, Occurrence, default);
        await world.Prompter.SendOccurrenceAsync(schedule, Occurrence, default);
        Assert.Equal(3, world.Sent.Count);
    }

    [Fact]
    public async Task SendOccurrence_PausedAlly_GetsNothingAndIsRecordedPaused()
    {
        var world = new CaptureWorld();
        var schedule = world.Schedule();
        world.Store.Preferences[CaptureWorld.Bob.Key] = new CapturePreferences(CaptureWorld.AllianceId, CaptureWorld.Bob.Key).PauseFor(7, world.Clock.GetUtcNow());
        await world.Prompter.SendOccurrenceAsync(schedule, Occurrence, default);
        Assert.Equal(0, world.SentTo(CaptureWorld.Bob));
        Assert.Equal(PromptStatus.Paused, world.Store.Record(schedule.OccurrenceKey(Occurrence), CaptureWorld.Bob.Key)!.Status);
    }

    [Fact]
    public async Task SendOccurrence_ParticipantsOfChantier_SkipsOtherAllies()
    {
        var world = new CaptureWorld();
        var schedule = world.Schedule(CaptureAudience.Participants, "ch1");
        await world.Prompter.SendOccurrenceAsync(schedule, Occurrence, default);
        Assert.Equal(0, world.SentTo(CaptureWorld.Alice));
        Assert.Equal(1, world.SentTo(CaptureWorld.Bob));
        Assert.Equal(1, world.SentTo(CaptureWorld.Carol));
    }

    [Fact]
    public async Task SendOccurrence_ChannelDelivery_PostsOnceInTheLinkedChannel()
    {
        var world = new CaptureWorld();
        world.Chantier = world.Chantier with { LinkedConversation = CaptureWorld.Channel };
        var schedule = world.Schedule(CaptureAudience.Participants, "ch1", CaptureDelivery.Channel);
        await world.Prompter.SendOccurrenceAsync(schedule, Occurrence, default);
        await world.Prompter.SendOccurrenceAsync(schedule, Occurrence, default);
        var post = Assert.Single(world.Sent);
        Assert.Equal(CaptureWorld.Channel, Assert.IsType<ConversationTarget>(post.Target).Conversation);
    }

    [Fact]
    public async Task SendOccurrence_PlatformRefusesForGood_MarksAllyUnreachableAndSkipsThemNextTime()
    {
        var world = new CaptureWorld();
        var schedule = world.Schedule();
        world.Deliver = r => r.Target is DirectTarget { User.Id: "29:bob" } ? new DeliveryResult(DeliveryOutcome.Unreachable, "403") : DeliveryResult.Delivered;
        await world.Prompter.SendOccurrenceAsync(schedule, Occurrence, default);
        Assert.Equal(PromptStatus.Unreachable, world.Store.Record(schedule.OccurrenceKey(Occurrence), CaptureWorld.Bob.Key)!.Status);
        Assert.True(world.Store.Preferences[CaptureWorld.Bob.Key].Unreachable);

        var attempts = 0;
        world.Deliver = r => { attempts += r.Target is DirectTarget { User.Id: "29:bob" } ? 1 : 0; return DeliveryResult.Delivered; };
        await world.Prompter.SendOccurrenceAsync(schedule, Occurrence.AddDays(7), default);
        Assert.Equal(0, attempts);
    }

    [Fact]
    public async Task SendOccurrence_FailureAfterRetries_IsRecordedAsFailed()
    {
        var world = new CaptureWorld();
        var schedule = world.Schedule();
        world.Deliver = _ => new DeliveryResult(DeliveryOutcome.Failed, "timeout");
        await world.Prompter.SendOccurrenceAsync(schedule, Occurrence, default);
        var record = world.Store.Record(schedule.OccurrenceKey(Occurrence), CaptureWorld.Carol.Key)!;
        Assert.Equal(PromptStatus.Failed, record.Status);
        Assert.Equal("timeout", record.Error);
    }

    [Fact]
    public async Task SendDecisionReview_LinksTheOccurrenceToTheDecision()
    {
        var world = new CaptureWorld();
        await world.Prompter.SendDecisionReviewAsync(new DecisionReviewRequest(CaptureWorld.AllianceId, "round-7", "Open the garden", [CaptureWorld.Bob.Key, CaptureWorld.Stranger.Key], Occurrence), default);
        var sent = Assert.Single(world.Sent);
        var card = Assert.IsType<CardView>(sent.View);
        Assert.Contains(card.Body, e => e is CardFacts f && f.Facts.Any(x => x.Value == "Open the garden"));
        Assert.Equal("round-7", Assert.Single(world.Store.Occurrences.Values).DecisionId);
    }
}
