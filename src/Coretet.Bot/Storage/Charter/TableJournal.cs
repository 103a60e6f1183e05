using System.Globalization;
using Coretet.Bot.Dialogs.Journal;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Storage.Charter;

/// <summary>
/// Table <c>Journal</c>, append-only: PartitionKey = alliance id (encoded), RowKey = inverted ticks of the event
/// time (19 digits, so a partition reads latest first) + <c>-</c> + a random suffix (unique even for events in the
/// same tick from several instances). Entries are inserted, never updated or deleted.
/// </summary>
internal sealed class TableJournal(TableStore store) : IJournal
{
    public const string TableName = "Journal";

    public async Task AppendAsync(JournalEntry entry, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken);
        var entity = new TableEntity(TableKeys.Encode(entry.AllianceId), RowKey(entry.At))
        {
            ["AllianceId"] = entry.AllianceId,
            ["Kind"] = entry.Kind,
            ["ActorId"] = entry.ActorId,
            ["ActorName"] = entry.ActorName,
            ["At"] = entry.At,
            ["SummaryFr"] = entry.Summary.French,
            ["SummaryEn"] = entry.Summary.English,
            ["ChantierId"] = entry.ChantierId,
            ["RoundId"] = entry.RoundId,
            ["SubjectId"] = entry.SubjectId,
        };
        entity.SetJson("Data", entry.Data);
        await table.AddEntityAsync(entity, cancellationToken);
    }

    public async Task<IReadOnlyList<JournalEntry>> ReadLatestAsync(string allianceId, int count, CancellationToken cancellationToken)
    {
        var entries = new List<JournalEntry>();
        if (count <= 0)
            return entries;
        var table = await store.GetTableAsync(TableName, cancellationToken);
        await foreach (var entity in table.QueryAsync(TableFilter.PartitionKey(TableKeys.Encode(allianceId)), maxPerPage: Math.Min(count, 1000), cancellationToken: cancellationToken))
        {
            entries.Add(ToEntry(entity));
            if (entries.Count == count)
                break;
        }

        return entries;
    }

    public static string RowKey(DateTimeOffset at) =>
        string.Concat((DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks).ToString("D19", CultureInfo.InvariantCulture), "-", Guid.NewGuid().ToString("N"));

    public static JournalEntry ToEntry(TableEntity entity) =>
        new(entity.RequireString("AllianceId"), entity.RequireString("Kind"), entity.GetString("ActorId") ?? "", entity.GetString("ActorName") ?? "",
            entity.RequireDateTimeOffset("At"), new LocalizedText(entity.GetString("SummaryFr") ?? "", entity.GetString("SummaryEn") ?? ""))
        {
            ChantierId = entity.GetString("ChantierId"),
            RoundId = entity.GetString("RoundId"),
            SubjectId = entity.GetString("SubjectId"),
            Data = entity.GetJson<Dictionary<string, string>>("Data") ?? [],
        };
}
