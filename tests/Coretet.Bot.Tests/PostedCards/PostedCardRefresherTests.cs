using Coretet.Bot.Channels;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;
using Coretet.Bot.Storage.AzureTables;
using Coretet.Bot.Storage.Embedded;
using Coretet.Bot.Storage.Stores;
using Coretet.Bot.Storage.Tables;
using Coretet.Bot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Coretet.Bot.Tests.PostedCards;

/// <summary>
/// Two instances (two table clients on one store, each with its own refresher) refresh one posted card while the
/// card's state changes; their updates are interleaved by <see cref="CardPlatform"/>. The last update that lands
/// must show the final state. Embedded store (one file, two clients) here, Azurite in the subclass.
/// </summary>
public abstract class PostedCardRefresherTests
{
    private readonly string cardKey = "round:" + Guid.NewGuid().ToString("N");
    private readonly CardPlatform platform = new();
    private int tally;

    protected abstract ITableServiceClient CreateService();

    [Fact]
    public async Task Refresh_OlderUpdateLandsAfterANewerOneCompleted_TheOlderInstanceSendsTheFinalStateAgain()
    {
        var (a, b) = await TwoInstancesAsync();
        var held = new ConnectorHold();

        tally = 1;
        var first = a.RefreshAsync(Refresh(), platform.Updates(beforeLanding: held), CancellationToken.None);
        await held.Arrived;
        tally = 2;
        await b.RefreshAsync(Refresh(), platform.Updates(), CancellationToken.None);
        held.Release();
        await first;

        Assert.Equal(["Positions: 2", "Positions: 1", "Positions: 2"], platform.Landed);
    }

    [Fact]
    public async Task Refresh_OlderUpdateLandsLastWhileTheNewerOneIsUnanswered_TheNewerInstanceSendsAgain()
    {
        var (a, b) = await TwoInstancesAsync();
        var olderHeld = new ConnectorHold();
        var newerHeld = new ConnectorHold();

        tally = 1;
        var older = a.RefreshAsync(Refresh(), platform.Updates(beforeLanding: olderHeld), CancellationToken.None);
        await olderHeld.Arrived;
        tally = 2;
        var newer = b.RefreshAsync(Refresh(), platform.Updates(afterLanding: newerHeld), CancellationToken.None);
        await newerHeld.Arrived;
        olderHeld.Release();
        await older;
        Assert.Equal("Positions: 1", platform.Landed[^1]);
        newerHeld.Release();
        await newer;

        Assert.Equal(["Positions: 2", "Positions: 1", "Positions: 2"], platform.Landed);
    }

    [Fact]
    public async Task Refresh_ANewerVersionReservedBeforeTheUpdate_TheOlderInstanceGivesUp()
    {
        var (a, b) = await TwoInstancesAsync();
        var reading = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var resume = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        tally = 1;
        var slow = a.RefreshAsync(Refresh(async () =>
        {
            reading.TrySetResult();
            await resume.Task;
        }), platform.Updates(), CancellationToken.None);
        await reading.Task;
        tally = 2;
        await b.RefreshAsync(Refresh(), platform.Updates(), CancellationToken.None);
        resume.SetResult();
        await slow;

        Assert.Equal(["Positions: 2"], platform.Landed);
    }

    [Fact]
    public async Task Refresh_CopiesOnTeamsAndSlack_EachCopyIsVersionedOnItsOwn()
    {
        var (a, b) = await TwoInstancesAsync();
        await new TablePostedCardStore(new TableStore(CreateService())).RecordAsync(Copy() with
        {
            Conversation = new ConversationRef("slack", "C0100", ConversationKind.Channel) { SpaceId = "T0001" },
            MessageId = "1700000000.000100",
        });
        var held = new ConnectorHold();

        tally = 1;
        var first = a.RefreshAsync(Refresh(), platform.Updates(beforeLanding: held, platform: "slack"), CancellationToken.None);
        await held.Arrived;
        tally = 2;
        await b.RefreshAsync(Refresh(), platform.Updates(), CancellationToken.None);
        held.Release();
        await first;

        Assert.Equal(["Positions: 1", "Positions: 2"], platform.LandedOn("msteams"));
        Assert.Equal(["Positions: 2", "Positions: 1", "Positions: 2"], platform.LandedOn("slack"));
    }

    [Fact]
    public async Task Refresh_OneInstanceAfterAnother_OneUpdateEach()
    {
        var (a, b) = await TwoInstancesAsync();

        tally = 1;
        await a.RefreshAsync(Refresh(), platform.Updates(), CancellationToken.None);
        tally = 2;
        await b.RefreshAsync(Refresh(), platform.Updates(), CancellationToken.None);

        Assert.Equal(["Positions: 1", "Positions: 2"], platform.Landed);
    }

    [Fact]
    public async Task Refresh_CopyRecordedAgain_KeepsItsRenderVersion()
    {
        var store = new TableStore(CreateService());
        var cards = new TablePostedCardStore(store);
        var versions = new TablePostedCardVersions(store);
        var copy = Copy();
        await cards.RecordAsync(copy);

        Assert.Equal(1, await versions.ReserveAsync(copy));
        await cards.RecordAsync(copy);
        Assert.Equal(2, await versions.ReserveAsync(copy));
        Assert.True(await versions.IsSupersededAsync(copy, 1));
        Assert.Equal([copy.MessageId], (await cards.ListAsync(cardKey)).Select(c => c.MessageId));
    }

    [Fact]
    public async Task Reserve_CopyNeverRecorded_GivesNoVersion()
    {
        var versions = new TablePostedCardVersions(new TableStore(CreateService()));

        Assert.Null(await versions.ReserveAsync(Copy()));
        Assert.Null(await versions.CompleteAsync(Copy(), 1));
        Assert.True(await versions.IsSupersededAsync(Copy(), 1));
    }

    private async Task<(PostedCardRefresher A, PostedCardRefresher B)> TwoInstancesAsync()
    {
        var a = new TableStore(CreateService());
        var b = new TableStore(CreateService());
        await new TablePostedCardStore(a).RecordAsync(Copy());
        return (Refresher(a), Refresher(b));
    }

    private static PostedCardRefresher Refresher(TableStore store) =>
        new(new TablePostedCardStore(store), new TablePostedCardVersions(store), NullLogger<PostedCardRefresher>.Instance);

    private PostedCard Copy() =>
        new(cardKey, new ConversationRef("msteams", "19:général@thread.tacv2", ConversationKind.Channel), "m1", Language.French, DateTimeOffset.UnixEpoch);

    /// <summary>The card as the state is now (<see cref="Render"/>) and as it is when reloaded, after <paramref name="beforeReading"/>.</summary>
    private CardRefresh Refresh(Func<Task>? beforeReading = null)
    {
        var now = tally;
        return new CardRefresh(cardKey, _ => View(now))
        {
            Reload = async _ =>
            {
                if (beforeReading is not null)
                    await beforeReading();
                var read = tally;
                return _ => View(read);
            },
        };
    }

    private static MessageView View(int positions) => new($"Positions: {positions}");
}

public sealed class EmbeddedPostedCardRefresherTests : PostedCardRefresherTests, IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "coretet-cards-" + Guid.NewGuid().ToString("N"));
    private readonly List<EmbeddedTableServiceClient> services = [];

    protected override ITableServiceClient CreateService()
    {
        var service = new EmbeddedTableServiceClient(folder);
        services.Add(service);
        return service;
    }

    public void Dispose()
    {
        services.ForEach(s => s.Dispose());
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
    }
}

public sealed class AzuritePostedCardRefresherTests : PostedCardRefresherTests
{
    protected override ITableServiceClient CreateService() =>
        new AzureTableServiceClient(TableAccount.Parse(Storage.AzuriteTableContractTests.ConnectionString));
}
