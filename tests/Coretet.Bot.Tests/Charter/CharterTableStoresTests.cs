using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Charter;
using Coretet.Bot.Dialogs.Journal;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Storage.Charter;
using Coretet.Bot.Storage.Stores;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Tests.Charter;

/// <summary>The charter's table adapters, on every backend (the backend contract itself is the storage suite's).
/// Ids are fresh per test so that a shared Azurite never mixes tests.</summary>
public abstract class CharterTableStoresTests
{
    private static readonly UserRef Alice = new("msteams", "29:alice/#?'", "Alice");
    private readonly string al1 = "al" + Guid.NewGuid().ToString("N");
    private readonly string al2 = "al" + Guid.NewGuid().ToString("N");
    private readonly TableStore store;

    protected CharterTableStoresTests(ITableServiceClient service)
    {
        store = new TableStore(service);
    }

    [Fact]
    public async Task Alliance_RoundTripsFacilitatorsConversationsAndSettings()
    {
        var alliances = new TableAllianceStore(store, TimeProvider.System);
        var alliance = new Alliance(al1, "Transition", []) { CreatedAt = DateTimeOffset.UnixEpoch };
        alliance.AddFacilitator(Alice);
        alliance.AttachConversation(new ConversationRef("msteams", "19:x@thread.tacv2", ConversationKind.Channel) { SpaceId = "19:team", Name = "Général" });
        await alliances.CreateAsync(alliance, default);

        await alliances.ChangeAsync(al1, a => a.ChangeSettings(new AllianceSettings("Territoires", "America/Montreal", Language.English)), default);
        var read = (await alliances.FindAsync(al1, default))!;

        Assert.Equal(("Territoires", "America/Montreal", Language.English), (read.Name, read.TimeZone, read.DefaultLanguage));
        Assert.Equal(("Alice", true), (read.FacilitatorName(Alice.Key), read.IsFacilitator(Alice.Key)));
        var conversation = Assert.Single(read.Conversations);
        Assert.Equal(("19:team", "Général", ConversationKind.Channel), (conversation.SpaceId, conversation.Name, conversation.Kind));
        Assert.Null(await alliances.FindAsync(al2, default));
    }

    [Fact]
    public async Task Alliance_ConcurrentChanges_AreAllKept()
    {
        var alliances = new TableAllianceStore(store, TimeProvider.System);
        await alliances.CreateAsync(new Alliance(al1, "Transition", ["a"]), default);

        await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            Task.Run(() => alliances.ChangeAsync(al1, a => a.AddFacilitator(new UserRef("msteams", $"29:f{i}", $"F{i}")), default))));

        Assert.Equal(11, (await alliances.FindAsync(al1, default))!.Facilitators.Count);
    }

    [Fact]
    public async Task Address_FirstInsertWins_PersonAddressIsReplaced()
    {
        var alliances = new TableAllianceStore(store, TimeProvider.System);
        var address = $"space:msteams:19:team/#?'{al1}";

        var first = await alliances.TryAddAddressAsync(address, al1, default);
        var second = await alliances.TryAddAddressAsync(address, al2, default);
        await alliances.SetAddressAsync($"person:x{al1}", al1, default);
        await alliances.SetAddressAsync($"person:x{al1}", al2, default);

        Assert.Equal((true, false), (first, second));
        Assert.Equal(al1, await alliances.FindIdByAddressAsync(address, default));
        Assert.Equal(al2, await alliances.FindIdByAddressAsync($"person:x{al1}", default));
    }

    [Fact]
    public async Task Allies_TwoHundredConcurrentSignatures_GiveTwoHundredRecords()
    {
        var allies = new TableAllyStore(store);
        var now = DateTimeOffset.UtcNow;

        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() =>
        {
            var user = new UserRef("msteams", $"29:u{i}", $"U{i}");
            return allies.ChangeAsync(al1, user.Key, a => a ?? Ally.SignUp(al1, user, 1, Engagement.Supporter, null, now), default);
        })));

        var all = await allies.ListAsync(al1, default);
        Assert.Equal(200, all.Count);
        Assert.Equal(200, all.Select(a => a.Id).Distinct().Count());
    }

    [Fact]
    public async Task Ally_RoundTripsEveryFieldAndWritesNothingWhenUnchanged()
    {
        var allies = new TableAllyStore(store);
        var now = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
        var user = Alice with { AadObjectId = "aad-1" };
        await allies.ChangeAsync(al1, user.Key, _ => Ally.SignUp(al1, user, 2, Engagement.Engaged, "Tiers-lieu", now) with { Language = Language.English, TimeZone = "Europe/Paris" }, default);
        await allies.ChangeAsync(al1, user.Key, a => a!.Withdraw(now.AddDays(1)), default);

        var same = await allies.ChangeAsync(al1, user.Key, a => a, default);
        var read = (await allies.FindAsync(al1, user.Key, default))!;

        Assert.Equal(read, same);
        Assert.Equal((AllyStatus.Withdrawn, Engagement.Engaged, 2, "Tiers-lieu"), (read.Status, read.Engagement, read.SignedVersion, read.Organisation));
        Assert.Equal((now, now.AddDays(1), Language.English, "aad-1"), (read.SignedAt, read.WithdrawnAt!.Value, read.Language, read.User.AadObjectId));
    }

    [Fact]
    public async Task Ally_ChangeThatRefuses_WritesNothing()
    {
        var allies = new TableAllyStore(store);

        await Assert.ThrowsAsync<AllianceException>(() => allies.ChangeAsync(al1, Alice.Key, _ => throw new AllianceException("no"), default));

        Assert.Empty(await allies.ListAsync(al1, default));
    }

    [Fact]
    public async Task CharterVersions_CurrentIsTheLatest_AndANumberIsTakenOnce()
    {
        var charters = new TableCharterStore(store);
        var now = DateTimeOffset.UtcNow;
        var alliance = al1;
        CharterVersion Version(int n) => new(alliance, n, [$"o{n}"], ["v"], ["p"], now, Alice.Key, "Alice") { RoundId = n == 2 ? "r2" : null };

        Assert.Null(await charters.FindCurrentAsync(al1, default));
        Assert.True(await charters.TryAddAsync(Version(1), default));
        Assert.True(await charters.TryAddAsync(Version(2), default));
        Assert.False(await charters.TryAddAsync(Version(2) with { Objectives = ["other"] }, default));

        var current = (await charters.FindCurrentAsync(al1, default))!;
        Assert.Equal((2, "r2", "o2"), (current.Number, current.RoundId, current.Objectives[0]));
        Assert.Equal(["o1"], (await charters.FindAsync(al1, 1, default))!.Objectives);
        Assert.Null(await charters.FindAsync(al1, 3, default));
    }

    [Fact]
    public async Task LinkCode_ConcurrentTakes_SucceedOnce()
    {
        var codes = new TableLinkCodeStore(store, new TableClaimStore(store, TimeProvider.System));
        var code = LinkCode.Issue(al1, Alice.Key, DateTimeOffset.UtcNow);
        await codes.AddAsync(code, default);

        var taken = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => codes.TakeAsync(code.Code, default))));

        Assert.Equal(al1, Assert.Single(taken, t => t is not null)!.AllianceId);
        Assert.Null(await codes.TakeAsync("ZZZZZZZZZZ", default));
    }

    [Fact]
    public async Task Journal_ReadsLatestFirst_WithEntriesOfTheSameTickKept()
    {
        var journal = new TableJournal(store);
        var at = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
        await journal.AppendAsync(Entry("first", at), default);
        await journal.AppendAsync(Entry("same-tick", at), default);
        await journal.AppendAsync(Entry("latest", at.AddMinutes(1)) with { RoundId = "r1", Data = new Dictionary<string, string> { ["k"] = "v" } }, default);

        var latest = await journal.ReadLatestAsync(al1, 2, default);
        var all = await journal.ReadLatestAsync(al1, 10, default);

        Assert.Equal("latest", latest[0].Kind);
        Assert.Equal(("r1", "v", "Résumé", "Summary"), (latest[0].RoundId, latest[0].Data["k"], latest[0].Summary.French, latest[0].Summary.English));
        Assert.Equal(2, latest.Count);
        Assert.Equal(3, all.Count);
        Assert.Empty(await journal.ReadLatestAsync(al2, 10, default));
    }

    private JournalEntry Entry(string kind, DateTimeOffset at) => new(al1, kind, Alice.Key, "Alice", at, new LocalizedText("Résumé", "Summary"));
}
