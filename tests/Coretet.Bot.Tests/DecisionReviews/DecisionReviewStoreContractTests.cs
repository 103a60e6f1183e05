using Coretet.Bot.Dialogs.DecisionReviews;
using Coretet.Bot.Storage.DecisionReviews;
using Coretet.Bot.Storage.Tables;
using Coretet.Bot.Tests.Storage;

namespace Coretet.Bot.Tests.DecisionReviews;

/// <summary>The <c>DecisionReviews</c> table on every backend (embedded here, Azurite in the subclass).</summary>
public abstract class DecisionReviewStoreContractTests
{
    private static readonly DateTimeOffset Now = new(2027, 6, 1, 7, 0, 0, TimeSpan.Zero);

    // Characters that must be encoded in keys and escaped in filters.
    private readonly string alliance = "alliance/" + Guid.NewGuid().ToString("N")[..8] + "#'?";

    protected abstract ITableServiceClient CreateService();

    private TableDecisionReviewStore Store() => new(new TableStore(CreateService()));

    private DecisionReview Review(string round, DateTimeOffset due, string? allianceId = null) =>
        new(allianceId ?? alliance, round, 7, DateOnly.FromDateTime(due.UtcDateTime), due);

    [Fact]
    public async Task Save_ThenFind_RoundTripsEveryField()
    {
        var store = Store();
        var sent = Review("round'1/#", Now).MarkSent(Now.AddMinutes(3), 12);

        await store.SaveAsync(sent, default);
        var back = await store.FindAsync(alliance, "round'1/#", default);

        Assert.Equal(sent, back);
        Assert.Null(await store.FindAsync(alliance, "other", default));
        Assert.Null(await store.FindAsync(alliance + "x", "round'1/#", default));
    }

    [Fact]
    public async Task ListDue_ScheduledAtOrBeforeNow_AcrossAlliancesOnly()
    {
        var store = Store();
        var elsewhere = alliance + "-2";
        await store.SaveAsync(Review("due", Now.AddDays(-3)), default);
        await store.SaveAsync(Review("exactly", Now, elsewhere), default);
        await store.SaveAsync(Review("future", Now.AddMinutes(1)), default);
        await store.SaveAsync(Review("sent", Now.AddDays(-1)).MarkSent(Now, 2), default);
        await store.SaveAsync(Review("cancelled", Now.AddDays(-1)).Cancel(), default);

        var due = (await store.ListDueAsync(Now, default)).Where(r => r.AllianceId == alliance || r.AllianceId == elsewhere).ToList();

        Assert.Equal(["due", "exactly"], due.Select(r => r.RoundId));
    }

    [Fact]
    public async Task Save_Again_ReplacesTheRow()
    {
        var store = Store();
        await store.SaveAsync(Review("r", Now), default);

        await store.SaveAsync(Review("r", Now).Cancel(), default);

        Assert.Equal(DecisionReviewStatus.Cancelled, (await store.FindAsync(alliance, "r", default))!.Status);
        Assert.DoesNotContain(await store.ListDueAsync(Now, default), r => r.AllianceId == alliance);
    }
}

public sealed class EmbeddedDecisionReviewStoreContractTests : DecisionReviewStoreContractTests, IDisposable
{
    private readonly TestTables tables = new("reviews-store");

    protected override ITableServiceClient CreateService() => tables.Embedded();

    public void Dispose() => tables.Dispose();
}

public sealed class AzuriteDecisionReviewStoreContractTests : DecisionReviewStoreContractTests
{
    protected override ITableServiceClient CreateService() => TestTables.Azurite();
}
