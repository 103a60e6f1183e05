using System.Globalization;
using System.Text.Json;
using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Storage.Capture;

/// <summary>Table <c>CaptureSchedules</c>: PartitionKey = alliance (encoded), RowKey = schedule id (generated hex).</summary>
internal sealed class TableCaptureScheduleStore(TableStore store) : ICaptureScheduleStore
{
    public async Task SaveAsync(CaptureSchedule schedule, CancellationToken cancellationToken) =>
        await (await Table(cancellationToken)).UpsertEntityAsync(ToEntity(schedule), TableUpdateMode.Replace, cancellationToken);

    public async Task<CaptureSchedule?> FindAsync(string allianceId, string scheduleId, CancellationToken cancellationToken) =>
        CaptureKeys.IsId(scheduleId) && await (await Table(cancellationToken)).FindAsync(TableKeys.Encode(allianceId), scheduleId, cancellationToken) is { } row
            ? FromEntity(row)
            : null;

    public Task<IReadOnlyList<CaptureSchedule>> ListAsync(string allianceId, CancellationToken cancellationToken) =>
        QueryAsync(TableFilter.PartitionKey(TableKeys.Encode(allianceId)), cancellationToken);

    public Task<IReadOnlyList<CaptureSchedule>> ListAllAsync(CancellationToken cancellationToken) => QueryAsync(null, cancellationToken);

    public async Task DeleteAsync(string allianceId, string scheduleId, CancellationToken cancellationToken)
    {
        if (CaptureKeys.IsId(scheduleId))
            await (await Table(cancellationToken)).DeleteEntityAsync(TableKeys.Encode(allianceId), scheduleId, cancellationToken: cancellationToken);
    }

    private async Task<IReadOnlyList<CaptureSchedule>> QueryAsync(string? filter, CancellationToken cancellationToken)
    {
        var list = new List<CaptureSchedule>();
        await foreach (var row in (await Table(cancellationToken)).QueryAsync(filter, cancellationToken: cancellationToken))
            list.Add(FromEntity(row));
        return list;
    }

    private Task<ITableClient> Table(CancellationToken cancellationToken) => store.GetTableAsync(CaptureTables.Schedules, cancellationToken);

    private static TableEntity ToEntity(CaptureSchedule s) => new(TableKeys.Encode(s.AllianceId), s.Id)
    {
        ["AllianceId"] = s.AllianceId,
        ["ChantierId"] = s.ChantierId,
        ["Cadence"] = s.Cadence.Kind.ToString(),
        ["Day"] = s.Cadence.Day.ToString(),
        ["DayOfMonth"] = s.Cadence.DayOfMonth,
        ["Time"] = s.Cadence.Time.ToString("HH:mm", CultureInfo.InvariantCulture),
        ["Cron"] = s.Cadence.Cron,
        ["Anchor"] = s.Cadence.Anchor.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["TimeZone"] = s.TimeZone,
        ["Audience"] = s.Audience.ToString(),
        ["Delivery"] = s.Delivery.ToString(),
        ["Questions"] = JsonSerializer.Serialize(s.Questions.Select(q => new QuestionRow(q.Key, q.Text.French, q.Text.English))),
        ["Paused"] = s.IsPaused,
        ["CreatedBy"] = s.CreatedBy,
        ["CreatedAt"] = s.CreatedAt,
    };

    private static CaptureSchedule FromEntity(TableEntity e)
    {
        var cadence = new Cadence(CaptureTables.Parse(e.GetString("Cadence"), CadenceKind.Weekly), TimeOnly.ParseExact(e.GetString("Time") ?? "09:00", "HH:mm", CultureInfo.InvariantCulture))
        {
            Day = CaptureTables.Parse(e.GetString("Day"), DayOfWeek.Monday),
            DayOfMonth = e.GetInt32("DayOfMonth") ?? 1,
            Cron = e.GetString("Cron"),
            Anchor = DateOnly.TryParseExact(e.GetString("Anchor"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var anchor) ? anchor : default,
        };
        var draft = new CaptureScheduleDraft(e.RowKey, e.GetString("AllianceId") ?? "", e.GetString("ChantierId"), cadence, e.GetString("TimeZone") ?? Dialogs.Alliances.Alliance.DefaultTimeZone)
        {
            Audience = CaptureTables.Parse(e.GetString("Audience"), CaptureAudience.AllAllies),
            Delivery = CaptureTables.Parse(e.GetString("Delivery"), CaptureDelivery.Direct),
        };
        var questions = JsonSerializer.Deserialize<List<QuestionRow>>(e.GetString("Questions") ?? "[]") ?? [];
        return CaptureSchedule.Restore(draft,
            questions.Count == 0 ? CaptureQuestions.Defaults : questions.Select(q => new CaptureQuestion(q.Key, new LocalizedText(q.Fr, q.En))).ToList(),
            e.GetBoolean("Paused") ?? false, e.GetString("CreatedBy") ?? "", e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue);
    }

    private sealed record QuestionRow(string Key, string Fr, string En);
}
