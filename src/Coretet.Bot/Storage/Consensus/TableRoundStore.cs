using Azure;
using Coretet.Bot.Dialogs.Consensus;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Storage.Consensus;

/// <summary>
/// Table <c>ConsensusRounds</c>: PartitionKey = the alliance, RowKey = the round id (one entity per round, changed with
/// its ETag: amend, close and arbitrate never overwrite each other), plus one counter row per alliance (RowKey
/// <c>counter</c>) that hands out the short round numbers.
/// </summary>
internal sealed class TableRoundStore(TableStore store) : IRoundStore
{
    public const string TableName = "ConsensusRounds";
    private const string CounterRow = "counter";

    public async Task<int> AllocateNumberAsync(string allianceId, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        var written = await table.ReadModifyWriteAsync(TableKeys.Encode(allianceId), CounterRow, current => new TableEntity
        {
            ["Kind"] = "Counter",
            ["Next"] = (current?.GetInt32("Next") ?? 0) + 1,
        }, cancellationToken);
        return written!.GetInt32("Next")!.Value;
    }

    public async Task AddAsync(Round round, CancellationToken cancellationToken) =>
        await (await TableAsync(cancellationToken)).AddEntityAsync(RoundEntityMapper.ToEntity(round), cancellationToken);

    public async Task<Versioned<Round>?> FindAsync(string allianceId, string roundId, CancellationToken cancellationToken)
    {
        var entity = await (await TableAsync(cancellationToken)).FindAsync(TableKeys.Encode(allianceId), TableKeys.Encode(roundId), cancellationToken);
        return entity is null || entity.GetString("Kind") != "Round" ? null : RoundEntityMapper.ToDomain(entity);
    }

    public async Task<Versioned<Round>?> FindByNumberAsync(string allianceId, int number, CancellationToken cancellationToken)
    {
        var filter = TableFilter.And(TableFilter.PartitionKey(TableKeys.Encode(allianceId)), TableFilter.Equal("Kind", "Round"), TableFilter.Equal("Number", number));
        await foreach (var entity in (await TableAsync(cancellationToken)).QueryAsync(filter, cancellationToken: cancellationToken))
            return RoundEntityMapper.ToDomain(entity);
        return null;
    }

    public Task<IReadOnlyList<Round>> ListAsync(string allianceId, CancellationToken cancellationToken) =>
        QueryAsync(TableFilter.And(TableFilter.PartitionKey(TableKeys.Encode(allianceId)), TableFilter.Equal("Kind", "Round")), cancellationToken);

    // REVIEW: a cross-partition scan of open rounds on every sweep; fine for hundreds of open rounds, index them if it grows.
    public Task<IReadOnlyList<Round>> ListOpenAsync(CancellationToken cancellationToken) =>
        QueryAsync(TableFilter.And(TableFilter.Equal("Kind", "Round"), TableFilter.Equal("Status", nameof(RoundStatus.Open))), cancellationToken);

    public async Task<bool> TryUpdateAsync(Round round, string version, CancellationToken cancellationToken)
    {
        try
        {
            await (await TableAsync(cancellationToken)).UpdateEntityAsync(RoundEntityMapper.ToEntity(round), new ETag(version), TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return false;
        }
    }

    private async Task<IReadOnlyList<Round>> QueryAsync(string filter, CancellationToken cancellationToken)
    {
        var rounds = new List<Round>();
        await foreach (var entity in (await TableAsync(cancellationToken)).QueryAsync(filter, cancellationToken: cancellationToken))
            rounds.Add(RoundEntityMapper.ToDomain(entity).Value);
        return rounds;
    }

    private Task<ITableClient> TableAsync(CancellationToken cancellationToken) => store.GetTableAsync(TableName, cancellationToken);
}
