using System.Globalization;
using Coretet.Bot.Dialogs.DecisionReviews;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Storage.DecisionReviews;

/// <summary>
/// Table <c>DecisionReviews</c>: PartitionKey = alliance (encoded), RowKey = round id (encoded), one row per round
/// whose review was scheduled; it stays after sending (the round's record shows it). Ids are also stored as properties.
/// </summary>
internal sealed class TableDecisionReviewStore(TableStore store) : IDecisionReviewStore
{
    public const string TableName = "DecisionReviews";

    public async Task SaveAsync(DecisionReview review, CancellationToken cancellationToken) =>
        await (await Table(cancellationToken)).UpsertEntityAsync(ToEntity(review), TableUpdateMode.Replace, cancellationToken);

    public async Task<DecisionReview?> FindAsync(string allianceId, string roundId, CancellationToken cancellationToken) =>
        await (await Table(cancellationToken)).FindAsync(TableKeys.Encode(allianceId), TableKeys.Encode(roundId), cancellationToken) is { } row
            ? FromEntity(row)
            : null;

    // REVIEW: a cross-partition scan on every sweep; the table holds one small row per reviewed decision.
    public async Task<IReadOnlyList<DecisionReview>> ListDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var filter = TableFilter.And(TableFilter.Equal("Status", nameof(DecisionReviewStatus.Scheduled)), TableFilter.LessThanOrEqual("DueAt", now));
        var due = new List<DecisionReview>();
        await foreach (var row in (await Table(cancellationToken)).QueryAsync(filter, cancellationToken: cancellationToken))
            due.Add(FromEntity(row));
        return due.OrderBy(r => r.DueAt).ToList();
    }

    private Task<ITableClient> Table(CancellationToken cancellationToken) => store.GetTableAsync(TableName, cancellationToken);

    private static TableEntity ToEntity(DecisionReview r) => new(TableKeys.Encode(r.AllianceId), TableKeys.Encode(r.RoundId))
    {
        ["AllianceId"] = r.AllianceId,
        ["RoundId"] = r.RoundId,
        ["RoundNumber"] = r.RoundNumber,
        ["ReviewDate"] = r.ReviewDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["DueAt"] = r.DueAt,
        ["Status"] = r.Status.ToString(),
        ["SentAt"] = r.SentAt,
        ["Recipients"] = r.Recipients,
    };

    private static DecisionReview FromEntity(TableEntity e)
    {
        var header = new DecisionReview(e.GetString("AllianceId") ?? "", e.GetString("RoundId") ?? "", e.GetInt32("RoundNumber") ?? 0,
            DateOnly.ParseExact(e.GetString("ReviewDate") ?? "0001-01-01", "yyyy-MM-dd", CultureInfo.InvariantCulture),
            e.GetDateTimeOffset("DueAt") ?? DateTimeOffset.MaxValue);
        var status = Enum.TryParse<DecisionReviewStatus>(e.GetString("Status"), out var parsed) ? parsed : DecisionReviewStatus.Cancelled;
        return DecisionReview.Restore(header, status, e.GetDateTimeOffset("SentAt"), e.GetInt32("Recipients") ?? 0);
    }
}
