using Coretet.Bot.Dialogs.Consensus;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Storage.Consensus;
using Coretet.Bot.Storage.Tables;
using Coretet.Bot.Tests.Storage;

namespace Coretet.Bot.Tests.Consensus;

/// <summary>The consensus table stores on every backend (embedded here, Azurite in the subclass).</summary>
public abstract class ConsensusStoreContractTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly string alliance = "alliance/" + Guid.NewGuid().ToString("N")[..8] + "#'?";

    protected abstract ITableServiceClient CreateService();

    private (TableRoundStore Rounds, TablePositionStore Positions) Stores()
    {
        var store = new TableStore(CreateService());
        return (new TableRoundStore(store), new TablePositionStore(store));
    }

    private Round NewRound(int number) =>
        Round.Open(new RoundOpeningFacts(Guid.NewGuid().ToString("N"), number, alliance, "Europe/Paris", "msteams:29:ines", "Inès")
        {
            Venues = [new ConversationRef("msteams", "19:général@thread.tacv2", ConversationKind.Channel) { SpaceId = "19:team", Name = "Général" }],
            VenueLanguage = Language.English,
        }, new RoundDraft("Mutualiser « nos » outils", RoundScope.Chantier("jardins"), Now.AddDays(3)) { Quorum = 3, ReviewDate = new DateOnly(2027, 6, 1) }, Now);

    [Fact]
    public async Task Round_AddAmendClose_RoundTripsAndStaleVersionRefused()
    {
        var (rounds, _) = Stores();
        var round = NewRound(1);
        await rounds.AddAsync(round, default);
        var stored = (await rounds.FindAsync(alliance, round.Id, default))!;
        stored.Value.Amend("msteams:29:ines", "Mutualiser nos outils, tarif solidaire", Now.AddHours(1));
        Assert.True(await rounds.TryUpdateAsync(stored.Value, stored.Version, default));
        var closing = (await rounds.FindAsync(alliance, round.Id, default))!;
        closing.Value.Close("system", [Position.Take(round.Id, "a", "A", Stance.Block, "non", 2, Now, false)], Now.AddDays(3));
        Assert.True(await rounds.TryUpdateAsync(closing.Value, closing.Version, default));
        Assert.False(await rounds.TryUpdateAsync(stored.Value, stored.Version, default));

        var back = (await rounds.FindByNumberAsync(alliance, 1, default))!.Value;
        Assert.Equal((2, "jardins", 3, new DateOnly(2027, 6, 1)), (back.Revisions.Count, back.Scope.ChantierId, back.Quorum, back.ReviewDate));
        Assert.Equal(OutcomeKind.NoConsensus, back.Outcome!.Kind);
        Assert.Equal(1, back.Outcome.Tally.Blocks);
        Assert.Equal("Général", back.Venues.Single().Name);
        Assert.Equal(Language.English, back.VenueLanguage);
        Assert.DoesNotContain(await rounds.ListOpenAsync(default), r => r.Id == round.Id);
        Assert.Single(await rounds.ListAsync(alliance, default));
    }

    [Fact]
    public async Task AllocateNumber_Concurrent_EachNumberOnce()
    {
        var (rounds, _) = Stores();

        var numbers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => rounds.AllocateNumberAsync(alliance, default)));

        Assert.Equal(Enumerable.Range(1, 10), numbers.Order());
    }

    [Fact]
    public async Task Position_OnePerAllyWithHistoryAndAnswers_StaleVersionRefused()
    {
        var (_, positions) = Stores();
        var roundId = Guid.NewGuid().ToString("N");
        const string ally = "msteams:29:a/b#c?'d";
        var first = Position.Take(roundId, ally, "Ana", Stance.Divergent, "trop tôt", 1, Now, false);

        Assert.True(await positions.TryAddAsync(first, default));
        Assert.False(await positions.TryAddAsync(Position.Take(roundId, ally, "Ana", Stance.Agree, null, 1, Now, false), default));
        var stored = (await positions.FindAsync(roundId, ally, default))!;
        stored.Value.Answer("msteams:29:ines", "Inès", "on commence petit", Now.AddHours(1));
        stored.Value.Change("Ana", Stance.Agree, null, 2, Now.AddHours(2), false);
        Assert.True(await positions.TryUpdateAsync(stored.Value, stored.Version, default));
        Assert.False(await positions.TryUpdateAsync(stored.Value, stored.Version, default));
        await positions.TryAddAsync(Position.Take(Guid.NewGuid().ToString("N"), ally, "Ana", Stance.Agree, null, 1, Now, false), default);

        var back = Assert.Single(await positions.ListAsync(roundId, default));
        Assert.Equal((ally, Stance.Agree, 2), (back.AllyId, back.Stance, back.RevisionNumber));
        Assert.Equal("trop tôt", back.History.Single().Reason);
        Assert.Equal("on commence petit", back.Responses.Single().Text);
    }
}

public sealed class EmbeddedConsensusStoreContractTests : ConsensusStoreContractTests, IDisposable
{
    private readonly TestTables tables = new("consensus-store");

    protected override ITableServiceClient CreateService() => tables.Embedded();

    public void Dispose() => tables.Dispose();
}

public sealed class AzuriteConsensusStoreContractTests : ConsensusStoreContractTests
{
    protected override ITableServiceClient CreateService() => TestTables.Azurite();
}
