using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Storage.Tables;
using static Coretet.Bot.Storage.Chantiers.ChantierEntityMapping;

namespace Coretet.Bot.Storage.Chantiers;

/// <summary>
/// Table <c>ChantierMembers</c>: PartitionKey = alliance id (encoded), RowKey = chantier number (6 digits) | ally id
/// (encoded). One row per participant: a join is an insert that touches no other row, so any number of allies join
/// at once; one chantier is a row-key range, every chantier of the alliance is one partition.
/// </summary>
internal sealed class TableChantierMemberStore(TableStore store) : IChantierMemberStore
{
    public const string TableName = "ChantierMembers";

    public async Task<bool> AddAsync(string allianceId, int number, ChantierMember member, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        return await table.TryAddAsync(ToEntity(TableKeys.Encode(allianceId), number, member), cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> RemoveAsync(string allianceId, int number, string allyId, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var partitionKey = TableKeys.Encode(allianceId);
        var rowKey = MemberKey(number, allyId);
        if (await table.FindAsync(partitionKey, rowKey, cancellationToken).ConfigureAwait(false) is null)
            return false;
        await table.DeleteEntityAsync(partitionKey, rowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<IReadOnlyList<ChantierMember>> ListAsync(string allianceId, int number, CancellationToken cancellationToken)
    {
        var filter = TableFilter.And(TableFilter.PartitionKey(TableKeys.Encode(allianceId)), TableFilter.StartsWith("RowKey", MemberPrefix(number)));
        return [.. (await QueryAsync(filter, cancellationToken).ConfigureAwait(false)).Select(ToMember)];
    }

    public async Task<IReadOnlyDictionary<int, IReadOnlyList<ChantierMember>>> ListAllAsync(string allianceId, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync(TableFilter.PartitionKey(TableKeys.Encode(allianceId)), cancellationToken).ConfigureAwait(false);
        return rows
            .GroupBy(row => row.GetInt32("Number") ?? 0)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ChantierMember>)[.. g.Select(ToMember)]);
    }

    private async Task<List<TableEntity>> QueryAsync(string filter, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
            rows.Add(row);
        return rows;
    }
}
