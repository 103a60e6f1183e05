using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Storage.Chantiers;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Tests.Chantiers;

/// <summary>The chantier table adapters on one backend (a subclass per backend), in fresh tables.</summary>
public abstract class ChantierTableStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly UserRef Alice = new("msteams", "29:alice", "Alice");

    private readonly Lazy<(TableChantierStore Chantiers, TableChantierMemberStore Members)> stores;

    protected ChantierTableStoreTests()
    {
        stores = new(() =>
        {
            var store = new TableStore(CreateService());
            return (new TableChantierStore(store, new ChantierTitleReservations(store, TimeProvider.System)), new TableChantierMemberStore(store));
        });
    }

    /// <summary>Every test gets its own alliance (the tables are shared by the backend instance).</summary>
    protected string AllianceId { get; } = "alliance-" + Guid.NewGuid().ToString("N")[..12];

    private TableChantierStore Chantiers => stores.Value.Chantiers;

    private TableChantierMemberStore Members => stores.Value.Members;

    protected abstract ITableServiceClient CreateService();

    public virtual void Dispose() => GC.SuppressFinalize(this);

    private Task<Chantier> Open(string title, string? alliance = null) =>
        Chantiers.AddAsync(alliance ?? AllianceId, n => Chantier.Open(alliance ?? AllianceId, n, new ChantierDraft(title, ChantierKind.Thematic, "p"), new ChantierMember(Alice, Now), DateOnly.FromDateTime(Now.UtcDateTime)), default);

    private static ChantierMember Member(int i) => new(new UserRef("msteams", $"29:ally/{i}#'?", $"Ally {i}"), Now);

    [Fact]
    public async Task Add_NumbersEachAllianceFromOne_AndRoundTripsEveryField()
    {
        var conversation = new ConversationRef("msteams", "19:x@thread.tacv2", ConversationKind.Channel) { TenantId = "t", SpaceId = "s", Name = "Jardins" };
        await Open("Un");
        var two = await Chantiers.AddAsync(AllianceId, n => Chantier.Open(AllianceId, n,
            new ChantierDraft("Deux « ' # / ? »", ChantierKind.GeoCultural, "raison") { ReviewDate = new DateOnly(2027, 1, 31), LinkedConversation = conversation },
            new ChantierMember(Alice with { AadObjectId = "aad" }, Now), new DateOnly(2026, 12, 1)), default);
        await Open("Un", alliance: AllianceId + "-other");

        await Chantiers.UpdateAsync(AllianceId, 2, c => c.Close(Alice.Key, "Fini « ' »", Now), default);
        var stored = await Chantiers.FindAsync(AllianceId, 2, default);

        Assert.Equal(2, two.Number);
        Assert.Equal(two.ToState() with { IsOpen = false, ClosingStatement = "Fini « ' »", ClosedBy = Alice.Key, ClosedAt = Now, Animators = [] }, stored!.ToState() with { Animators = [] });
        Assert.Equal(two.Animators, stored.Animators);
        Assert.Equal([1, 2], (await Chantiers.ListAsync(AllianceId, default)).Select(c => c.Number));
        Assert.Equal([1], (await Chantiers.ListAsync(AllianceId + "-other", default)).Select(c => c.Number));
    }

    [Fact]
    public async Task Add_DuplicateOpenTitle_IsRefused_ButAClosedOnesTitleIsFree()
    {
        await Open("Jardins partagés");

        var refused = await Assert.ThrowsAsync<AllianceException>(() => Open("jardins PARTAGES"));
        await Chantiers.UpdateAsync(AllianceId, 1, c => c.Close(Alice.Key, "Fait.", Now), default);
        var again = await Open("Jardins partagés");

        Assert.Contains("chantier 1", refused.Reason.English);
        Assert.Equal(2, again.Number);
    }

    [Fact]
    public async Task Add_SameTitleConcurrently_CreatesExactlyOne()
    {
        var attempts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            try
            {
                await Open("Même titre");
                return true;
            }
            catch (AllianceException)
            {
                return false;
            }
        })));

        Assert.Equal(1, attempts.Count(created => created));
        Assert.Single(await Chantiers.ListAsync(AllianceId, default));
    }

    [Fact]
    public async Task Add_DistinctTitlesConcurrently_GetDistinctNumbers()
    {
        var opened = await Task.WhenAll(Enumerable.Range(1, 10).Select(i => Task.Run(() => Open($"Chantier {i}"))));

        Assert.Equal(Enumerable.Range(1, 10), opened.Select(c => c.Number).Order());
    }

    [Fact]
    public async Task Update_ConcurrentAnimatorAdditions_LoseNone()
    {
        await Open("Jardins");

        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() =>
            Chantiers.UpdateAsync(AllianceId, 1, c => c.AddAnimator(Alice.Key, Member(i).User, Now), default))));

        Assert.Equal(11, (await Chantiers.FindAsync(AllianceId, 1, default))!.Animators.Count);
    }

    [Fact]
    public async Task Update_RefusedChange_StoresNothing_AndMissingChantierIsNull()
    {
        await Open("Jardins");

        await Assert.ThrowsAsync<AllianceException>(() => Chantiers.UpdateAsync(AllianceId, 1, c => c.StepDown(Alice.Key), default));

        Assert.Single((await Chantiers.FindAsync(AllianceId, 1, default))!.Animators);
        Assert.Null(await Chantiers.UpdateAsync(AllianceId, 9, c => c.StepDown(Alice.Key), default));
    }

    [Fact]
    public async Task Reopen_TakesTheTitleBack()
    {
        await Open("Jardins");
        await Chantiers.UpdateAsync(AllianceId, 1, c => c.Close(Alice.Key, "Fait.", Now), default);
        await Chantiers.UpdateAsync(AllianceId, 1, c => c.Reopen(Alice.Key, []), default);

        await Assert.ThrowsAsync<AllianceException>(() => Open("Jardins"));
    }

    [Fact]
    public async Task Members_HundredConcurrentJoins_AllLand()
    {
        await Open("Jardins");

        var added = await Task.WhenAll(Enumerable.Range(0, 100).Select(i => Task.Run(() => Members.AddAsync(AllianceId, 1, Member(i), default))));

        Assert.All(added, Assert.True);
        Assert.Equal(100, (await Members.ListAsync(AllianceId, 1, default)).Count);
    }

    [Fact]
    public async Task Members_AddTwiceRemoveAndList_ArePerChantier()
    {
        Assert.True(await Members.AddAsync(AllianceId, 1, Member(1), default));
        Assert.False(await Members.AddAsync(AllianceId, 1, Member(1) with { Since = Now.AddDays(1) }, default));
        Assert.True(await Members.AddAsync(AllianceId, 10, Member(2), default));
        Assert.True(await Members.AddAsync(AllianceId, 1, Member(3), default));

        Assert.True(await Members.RemoveAsync(AllianceId, 1, Member(3).AllyId, default));
        Assert.False(await Members.RemoveAsync(AllianceId, 1, Member(3).AllyId, default));

        Assert.Equal([Member(1)], await Members.ListAsync(AllianceId, 1, default));
        var all = await Members.ListAllAsync(AllianceId, default);
        Assert.Equal([1, 10], all.Keys.Order());
        Assert.Equal(Member(2), Assert.Single(all[10]));
    }
}
