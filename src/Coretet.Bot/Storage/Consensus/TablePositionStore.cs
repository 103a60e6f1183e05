using Azure;
using Coretet.Bot.Dialogs.Consensus;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Storage.Consensus;

/// <summary>
/// Table <c>ConsensusPositions</c>: PartitionKey = the round, RowKey = the ally. One entity per (round, ally): the first
/// position is an insert (a concurrent duplicate gets 409 and re-reads), later changes and answers are ETag updates,
/// so concurrent positions of different allies never touch the same entity and the tally is one partition query.
/// </summary>
internal sealed class TablePositionStore(TableStore store) : IPositionStore
{
    public const string TableName = "ConsensusPositions";

    public async Task<Versioned<Position>?> FindAsync(string roundId, string allyId, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        var entity = await table.FindAsync(PositionEntityMapper.PartitionKey(roundId), PositionEntityMapper.RowKey(allyId), cancellationToken);
        return entity is null ? null : PositionEntityMapper.ToDomain(entity);
    }

    public async Task<IReadOnlyList<Position>> ListAsync(string roundId, CancellationToken cancellationToken)
    {
        var positions = new List<Position>();
        var table = await TableAsync(cancellationToken);
        await foreach (var entity in table.QueryAsync(TableFilter.PartitionKey(PositionEntityMapper.PartitionKey(roundId)), cancellationToken: cancellationToken))
            positions.Add(PositionEntityMapper.ToDomain(entity).Value);
        return positions;
    }

    public async Task<bool> TryAddAsync(Position position, CancellationToken cancellationToken) =>
        await (await TableAsync(cancellationToken)).TryAddAsync(PositionEntityMapper.ToEntity(position), cancellationToken);

    public async Task<bool> TryUpdateAsync(Position position, string version, CancellationToken cancellationToken)
    {
        try
        {
            await (await TableAsync(cancellationToken)).UpdateEntityAsync(PositionEntityMapper.ToEntity(position), new ETag(version), TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return false;
        }
    }

    private Task<ITableClient> TableAsync(CancellationToken cancellationToken) => store.GetTableAsync(TableName, cancellationToken);
}
