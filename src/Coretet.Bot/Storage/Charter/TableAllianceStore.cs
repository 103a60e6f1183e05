using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Storage.Charter;

/// <summary>
/// Table <c>Alliances</c>: PartitionKey = alliance id (encoded), RowKey = <c>alliance</c>; updated with ETag retries.
/// Table <c>AllianceAddresses</c>: PartitionKey = address (team, conversation or person, encoded), RowKey empty;
/// inserted once for teams and conversations (the first installation or link wins), replaced for people.
/// </summary>
internal sealed class TableAllianceStore(TableStore store, TimeProvider clock) : IAllianceStore
{
    public const string TableName = "Alliances";
    public const string AddressTableName = "AllianceAddresses";
    private const string AllianceRow = "alliance";

    public async Task<Alliance?> FindAsync(string allianceId, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken);
        var entity = await table.FindAsync(TableKeys.Encode(allianceId), AllianceRow, cancellationToken);
        return entity is null ? null : AllianceRows.ToAlliance(entity);
    }

    public async Task CreateAsync(Alliance alliance, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken);
        await table.AddEntityAsync(AllianceRows.ToEntity(alliance, TableKeys.Encode(alliance.Id), AllianceRow), cancellationToken);
    }

    public async Task<Alliance> ChangeAsync(string allianceId, Func<Alliance, bool> change, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken);
        Alliance? result = null;
        await table.ReadModifyWriteAsync(TableKeys.Encode(allianceId), AllianceRow, entity =>
        {
            var alliance = AllianceRows.ToAlliance(entity ?? throw new InvalidOperationException($"Alliance {allianceId} does not exist."));
            result = alliance;
            return change(alliance) ? AllianceRows.ToEntity(alliance, entity.PartitionKey, entity.RowKey) : null;
        }, cancellationToken);
        return result!;
    }

    public async Task<string?> FindIdByAddressAsync(string address, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(AddressTableName, cancellationToken);
        var entity = await table.FindAsync(TableKeys.Encode(address), "", cancellationToken);
        return entity?.GetString("AllianceId");
    }

    public async Task<bool> TryAddAddressAsync(string address, string allianceId, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(AddressTableName, cancellationToken);
        return await table.TryAddAsync(AddressEntity(address, allianceId), cancellationToken);
    }

    public async Task SetAddressAsync(string address, string allianceId, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(AddressTableName, cancellationToken);
        await table.UpsertEntityAsync(AddressEntity(address, allianceId), TableUpdateMode.Replace, cancellationToken);
    }

    private TableEntity AddressEntity(string address, string allianceId) =>
        new(TableKeys.Encode(address), "") { ["AllianceId"] = allianceId, ["Address"] = address, ["UpdatedAt"] = clock.GetUtcNow() };
}
