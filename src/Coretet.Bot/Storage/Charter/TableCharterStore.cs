using System.Globalization;
using Coretet.Bot.Dialogs.Charter;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Storage.Charter;

/// <summary>
/// Table <c>CharterVersions</c>: PartitionKey = alliance id (encoded), RowKey = <c>int.MaxValue - number</c> in ten
/// digits, so the first row of the partition is the current version. Insert-only: a version never changes, and two
/// facilitators publishing at once cannot both take the same number.
/// </summary>
internal sealed class TableCharterStore(TableStore store) : ICharterStore
{
    public const string TableName = "CharterVersions";

    public async Task<CharterVersion?> FindCurrentAsync(string allianceId, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken);
        await foreach (var entity in table.QueryAsync(TableFilter.PartitionKey(TableKeys.Encode(allianceId)), maxPerPage: 1, cancellationToken: cancellationToken))
            return ToVersion(entity);
        return null;
    }

    public async Task<CharterVersion?> FindAsync(string allianceId, int number, CancellationToken cancellationToken)
    {
        if (number <= 0)
            return null;
        var table = await store.GetTableAsync(TableName, cancellationToken);
        var entity = await table.FindAsync(TableKeys.Encode(allianceId), RowKey(number), cancellationToken);
        return entity is null ? null : ToVersion(entity);
    }

    public async Task<bool> TryAddAsync(CharterVersion version, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken);
        return await table.TryAddAsync(ToEntity(version), cancellationToken);
    }

    public static string RowKey(int number) => (int.MaxValue - number).ToString("D10", CultureInfo.InvariantCulture);

    private static TableEntity ToEntity(CharterVersion version)
    {
        var entity = new TableEntity(TableKeys.Encode(version.AllianceId), RowKey(version.Number))
        {
            ["AllianceId"] = version.AllianceId,
            ["Number"] = version.Number,
            ["PublishedAt"] = version.PublishedAt,
            ["PublishedBy"] = version.PublishedBy,
            ["PublishedByName"] = version.PublishedByName,
            ["RoundId"] = version.RoundId,
        };
        entity.SetJson("Objectives", version.Objectives);
        entity.SetJson("SharedValues", version.SharedValues);
        entity.SetJson("WorkingProcedures", version.WorkingProcedures);
        return entity;
    }

    private static CharterVersion ToVersion(TableEntity entity) =>
        new(entity.RequireString("AllianceId"),
            entity.GetInt32("Number") ?? throw new InvalidDataException($"Charter row {entity.RowKey} has no number."),
            entity.GetJson<List<string>>("Objectives") ?? [],
            entity.GetJson<List<string>>("SharedValues") ?? [],
            entity.GetJson<List<string>>("WorkingProcedures") ?? [],
            entity.RequireDateTimeOffset("PublishedAt"),
            entity.RequireString("PublishedBy"),
            entity.GetString("PublishedByName") ?? "")
        { RoundId = entity.GetString("RoundId") };
}
