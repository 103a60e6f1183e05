using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Storage.Capture;

/// <summary>
/// Table <c>CaptureOccurrences</c>: one partition (<see cref="CaptureTables.OccurrencePartition"/>), RowKey = occurrence
/// key; opened with an insert (first writer wins). Table <c>CapturePrompts</c>: PartitionKey = occurrence key,
/// RowKey = ally id (encoded): one row per ally per occurrence, so parallel sends never write the same entity.
/// </summary>
internal sealed class TablePromptLedger(TableStore store) : IPromptLedger
{
    public async Task OpenOccurrenceAsync(CaptureOccurrence occurrence, CancellationToken cancellationToken) =>
        await (await Occurrences(cancellationToken)).TryAddAsync(ToEntity(occurrence), cancellationToken);

    public async Task<CaptureOccurrence?> FindOccurrenceAsync(string occurrenceKey, CancellationToken cancellationToken) =>
        await (await Occurrences(cancellationToken)).FindAsync(CaptureTables.OccurrencePartition, TableKeys.Encode(occurrenceKey), cancellationToken) is { } row
            ? FromEntity(row)
            : null;

    public async Task<IReadOnlyList<CaptureOccurrence>> ListOpenOccurrencesAsync(CancellationToken cancellationToken)
    {
        var filter = TableFilter.And(TableFilter.PartitionKey(CaptureTables.OccurrencePartition), TableFilter.Equal("ReminderDone", false));
        var list = new List<CaptureOccurrence>();
        await foreach (var row in (await Occurrences(cancellationToken)).QueryAsync(filter, cancellationToken: cancellationToken))
            list.Add(FromEntity(row));
        return list;
    }

    public async Task CloseOccurrenceAsync(CaptureOccurrence occurrence, CancellationToken cancellationToken) =>
        await (await Occurrences(cancellationToken)).UpsertEntityAsync(ToEntity(occurrence with { ReminderDone = true }), TableUpdateMode.Replace, cancellationToken);

    public async Task SaveAsync(PromptRecord record, CancellationToken cancellationToken) =>
        await (await Prompts(cancellationToken)).UpsertEntityAsync(ToEntity(record), TableUpdateMode.Replace, cancellationToken);

    public async Task<PromptRecord?> FindAsync(string occurrenceKey, string allyId, CancellationToken cancellationToken) =>
        await (await Prompts(cancellationToken)).FindAsync(TableKeys.Encode(occurrenceKey), TableKeys.Encode(allyId), cancellationToken) is { } row
            ? FromEntity(occurrenceKey, row)
            : null;

    public async Task<IReadOnlyList<PromptRecord>> ListAsync(string occurrenceKey, CancellationToken cancellationToken)
    {
        var list = new List<PromptRecord>();
        var filter = TableFilter.PartitionKey(TableKeys.Encode(occurrenceKey));
        await foreach (var row in (await Prompts(cancellationToken)).QueryAsync(filter, cancellationToken: cancellationToken))
            list.Add(FromEntity(occurrenceKey, row));
        return list;
    }

    private Task<ITableClient> Occurrences(CancellationToken cancellationToken) => store.GetTableAsync(CaptureTables.Occurrences, cancellationToken);

    private Task<ITableClient> Prompts(CancellationToken cancellationToken) => store.GetTableAsync(CaptureTables.Prompts, cancellationToken);

    private static TableEntity ToEntity(CaptureOccurrence o) => new(CaptureTables.OccurrencePartition, TableKeys.Encode(o.Key))
    {
        ["Key"] = o.Key,
        ["AllianceId"] = o.AllianceId,
        ["ScheduleId"] = o.ScheduleId,
        ["At"] = o.At,
        ["ChantierId"] = o.ChantierId,
        ["DecisionId"] = o.DecisionId,
        ["ReminderDone"] = o.ReminderDone,
    };

    private static CaptureOccurrence FromEntity(TableEntity e) =>
        new(e.GetString("Key") ?? "", e.GetString("AllianceId") ?? "", e.GetString("ScheduleId") ?? "", e.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue)
        {
            ChantierId = e.GetString("ChantierId"),
            DecisionId = e.GetString("DecisionId"),
            ReminderDone = e.GetBoolean("ReminderDone") ?? false,
        };

    private static TableEntity ToEntity(PromptRecord r) => new(TableKeys.Encode(r.OccurrenceKey), TableKeys.Encode(r.AllyId))
    {
        ["AllyId"] = r.AllyId,
        ["Status"] = r.Status.ToString(),
        ["UpdatedAt"] = r.UpdatedAt,
        ["DueAt"] = r.DueAt,
        ["RemindedAt"] = r.RemindedAt,
        ["Error"] = r.Error is { Length: > 500 } error ? error[..500] : r.Error,
    };

    private static PromptRecord FromEntity(string occurrenceKey, TableEntity e) =>
        new(occurrenceKey, e.GetString("AllyId") ?? "", CaptureTables.Parse(e.GetString("Status"), PromptStatus.Sent), e.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue)
        {
            DueAt = e.GetDateTimeOffset("DueAt"),
            RemindedAt = e.GetDateTimeOffset("RemindedAt"),
            Error = e.GetString("Error"),
        };
}
