using System.Text.Json;
using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Storage.Capture;

/// <summary>
/// Table <c>Experiences</c>: PartitionKey = alliance (encoded), RowKey = experience id (generated hex; a prompted
/// answer's id is derived from its occurrence and ally, so answering twice replaces). Answers are one JSON property.
/// </summary>
internal sealed class TableExperienceStore(TableStore store) : IExperienceStore
{
    public async Task SaveAsync(Experience experience, CancellationToken cancellationToken) =>
        await (await Table(cancellationToken)).UpsertEntityAsync(ToEntity(experience), TableUpdateMode.Replace, cancellationToken);

    public async Task<Experience?> FindAsync(string allianceId, string experienceId, CancellationToken cancellationToken) =>
        CaptureKeys.IsId(experienceId) && await (await Table(cancellationToken)).FindAsync(TableKeys.Encode(allianceId), experienceId, cancellationToken) is { } row
            ? FromEntity(allianceId, row)
            : null;

    public async Task<IReadOnlyList<Experience>> ListAsync(string allianceId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var filter = TableFilter.PartitionKey(TableKeys.Encode(allianceId));
        if (since > DateTimeOffset.MinValue)
            filter = TableFilter.And(filter, TableFilter.GreaterThanOrEqual("At", since));
        var list = new List<Experience>();
        await foreach (var row in (await Table(cancellationToken)).QueryAsync(filter, cancellationToken: cancellationToken))
            list.Add(FromEntity(allianceId, row));
        return list.OrderBy(e => e.At).ToList();
    }

    private Task<ITableClient> Table(CancellationToken cancellationToken) => store.GetTableAsync(CaptureTables.Experiences, cancellationToken);

    private static TableEntity ToEntity(Experience x) => new(TableKeys.Encode(x.AllianceId), x.Id)
    {
        ["AllyId"] = x.AllyId,
        ["AllyName"] = x.AllyName,
        ["At"] = x.At,
        ["ChantierId"] = x.ChantierId,
        ["ScheduleId"] = x.ScheduleId,
        ["OccurrenceKey"] = x.OccurrenceKey,
        ["DecisionId"] = x.DecisionId,
        ["Answers"] = JsonSerializer.Serialize(x.Answers.Select(a => new AnswerRow(a.QuestionKey, a.Question.French, a.Question.English, a.Text))),
        ["Tags"] = JsonSerializer.Serialize(x.Tags),
        ["NothingToReport"] = x.NothingToReport,
    };

    private static Experience FromEntity(string allianceId, TableEntity e) =>
        new(e.RowKey, allianceId, e.GetString("AllyId") ?? "", e.GetString("AllyName") ?? "", e.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue)
        {
            ChantierId = e.GetString("ChantierId"),
            ScheduleId = e.GetString("ScheduleId"),
            OccurrenceKey = e.GetString("OccurrenceKey"),
            DecisionId = e.GetString("DecisionId"),
            Answers = (JsonSerializer.Deserialize<List<AnswerRow>>(e.GetString("Answers") ?? "[]") ?? [])
                .Select(a => new ExperienceAnswer(a.Key, new LocalizedText(a.Fr, a.En), a.Text)).ToList(),
            Tags = JsonSerializer.Deserialize<List<string>>(e.GetString("Tags") ?? "[]") ?? [],
            NothingToReport = e.GetBoolean("NothingToReport") ?? false,
        };

    private sealed record AnswerRow(string Key, string Fr, string En, string Text);
}
