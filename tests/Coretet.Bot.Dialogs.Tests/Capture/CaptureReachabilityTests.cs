using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Dialogs.Tests.Capture.Support;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;
using Microsoft.Extensions.Logging.Abstractions;

namespace Coretet.Bot.Dialogs.Tests.Capture;

/// <summary>An ally marked unreachable who writes again (any turn) gets prompts again; a turn from anyone else writes nothing.</summary>
public class CaptureReachabilityTests
{
    private static readonly Turn Hello = new(TurnKind.Message, CaptureWorld.Bob, CaptureWorld.Channel, Language.English) { Text = "hello" };

    private static CaptureReachability Reachability(CaptureWorld world) =>
        new(world.Store, world, world.Clock, NullLogger<CaptureReachability>.Instance);

    private static async Task<CaptureWorld> BlockedBobAsync()
    {
        var world = new CaptureWorld { Deliver = r => r.Target is DirectTarget { User.Id: "29:bob" } ? new DeliveryResult(DeliveryOutcome.Unreachable, "403") : DeliveryResult.Delivered };
        await world.Prompter.SendOccurrenceAsync(world.Schedule(), world.Clock.GetUtcNow(), default);
        Assert.True((await world.Store.GetAsync(CaptureWorld.AllianceId, CaptureWorld.Bob.Key, default)).Unreachable);
        world.Deliver = _ => DeliveryResult.Delivered;
        return world;
    }

    [Fact]
    public async Task Turn_FromAnAllyMarkedUnreachable_ClearsTheMarkJournalsItAndPromptsResume()
    {
        var world = await BlockedBobAsync();

        await Reachability(world).OnTurnAsync(Hello, default);

        Assert.False((await world.Store.GetAsync(CaptureWorld.AllianceId, CaptureWorld.Bob.Key, default)).Unreachable);
        var entry = Assert.Single(world.Journal, j => j.Kind == CaptureEvents.AllyReachableAgain);
        Assert.Equal(CaptureWorld.Bob.Key, entry.ActorId);
        Assert.Contains("Bob", entry.Summary.English, StringComparison.Ordinal);
        Assert.Empty(await world.Store.FindUnreachableAsync(CaptureWorld.Bob.Key, default));

        world.Clock.Advance(TimeSpan.FromDays(7));
        await world.Prompter.SendOccurrenceAsync(world.Store.Schedules.Values.Single(), world.Clock.GetUtcNow(), default);
        Assert.Equal(1, world.SentTo(CaptureWorld.Bob));
    }

    [Fact]
    public async Task Turn_FromAnAllyNotMarked_WritesAndJournalsNothing()
    {
        var world = await BlockedBobAsync();
        var saves = world.Store.PreferenceSaves.Count;

        await Reachability(world).OnTurnAsync(Hello with { From = CaptureWorld.Alice }, default);
        await Reachability(world).OnTurnAsync(Hello with { From = CaptureWorld.Stranger }, default);

        Assert.Equal(saves, world.Store.PreferenceSaves.Count);
        Assert.DoesNotContain(world.Journal, j => j.Kind == CaptureEvents.AllyReachableAgain);
        Assert.True((await world.Store.GetAsync(CaptureWorld.AllianceId, CaptureWorld.Bob.Key, default)).Unreachable);
    }

    [Fact]
    public async Task Router_AnyTurnOfAMarkedAlly_EvenAnUnknownCommand_ClearsTheMarkBeforeRouting()
    {
        var world = await BlockedBobAsync();
        var router = new DialogRouter([], [], [Reachability(world)], NullLogger<DialogRouter>.Instance);

        var result = await router.RouteAsync(Hello with { Text = "gibberish" }, default);

        Assert.NotEmpty(result.Replies);
        Assert.False((await world.Store.GetAsync(CaptureWorld.AllianceId, CaptureWorld.Bob.Key, default)).Unreachable);
    }

    [Fact]
    public async Task Turn_StoreDown_SurfacesSoTheTurnAnswersTryAgainAtOnce()
    {
        var world = new CaptureWorld();
        var reachability = new CaptureReachability(new FailingPreferences(new StoreUnavailableException("down")), world, world.Clock, NullLogger<CaptureReachability>.Instance);

        await Assert.ThrowsAsync<StoreUnavailableException>(() => reachability.OnTurnAsync(Hello, default));
    }

    [Fact]
    public async Task Turn_OtherFailureOfTheMarkLookup_IsLoggedAndTheTurnGoesOn()
    {
        var world = new CaptureWorld();
        var reachability = new CaptureReachability(new FailingPreferences(new InvalidOperationException("bad row")), world, world.Clock, NullLogger<CaptureReachability>.Instance);

        await reachability.OnTurnAsync(Hello, default);

        Assert.DoesNotContain(world.Journal, j => j.Kind == CaptureEvents.AllyReachableAgain);
    }

    private sealed class FailingPreferences(Exception failure) : ICapturePreferencesStore
    {
        public Task<CapturePreferences> GetAsync(string allianceId, string allyId, CancellationToken cancellationToken) => throw failure;

        public Task SaveAsync(CapturePreferences preferences, CancellationToken cancellationToken) => throw failure;

        public Task<IReadOnlyList<string>> FindUnreachableAsync(string allyId, CancellationToken cancellationToken) => throw failure;
    }
}
