using System.Text.Json;
using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Storage.Capture;

/// <summary>Table <c>Principles</c>: PartitionKey = alliance (encoded), RowKey = principle id (generated hex).</summary>
internal sealed class TablePrincipleStore(TableStore store) : IPrincipleStore
{
    public async Task SaveAsync(Principle principle, CancellationToken cancellationToken) =>
        await (await Table(cancellationToken)).UpsertEntityAsync(new TableEntity(TableKeys.Encode(principle.AllianceId), principle.Id)
        {
            ["Text"] = principle.Text,
            ["ProposedBy"] = principle.ProposedBy,
            ["ProposedByName"] = principle.ProposedByName,
            ["ProposedAt"] = principle.ProposedAt,
            ["ExperienceIds"] = JsonSerializer.Serialize(principle.ExperienceIds),
            ["Status"] = principle.Status.ToString(),
            ["RoundId"] = principle.RoundId,
        }, TableUpdateMode.Replace, cancellationToken);

    public async Task<IReadOnlyList<Principle>> ListAsync(string allianceId, CancellationToken cancellationToken)
    {
        var list = new List<Principle>();
        var table = await Table(cancellationToken);
        await foreach (var e in table.QueryAsync(TableFilter.PartitionKey(TableKeys.Encode(allianceId)), cancellationToken: cancellationToken))
        {
            list.Add(new Principle(e.RowKey, allianceId, e.GetString("Text") ?? "", e.GetString("ProposedBy") ?? "", e.GetString("ProposedByName") ?? "", e.GetDateTimeOffset("ProposedAt") ?? DateTimeOffset.MinValue)
            {
                ExperienceIds = JsonSerializer.Deserialize<List<string>>(e.GetString("ExperienceIds") ?? "[]") ?? [],
                Status = CaptureTables.Parse(e.GetString("Status"), PrincipleStatus.Proposed),
                RoundId = e.GetString("RoundId"),
            });
        }

        return list;
    }

    private Task<ITableClient> Table(CancellationToken cancellationToken) => store.GetTableAsync(CaptureTables.Principles, cancellationToken);
}
