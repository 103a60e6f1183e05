using Coretet.Bot.Bench.Storage;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Bench.Consensus;

/// <summary>Hands out <see cref="CountingTableClient"/>s and sums their calls (round trips for the embedded store).</summary>
internal sealed class CountingTableService(ITableServiceClient inner) : ITableServiceClient
{
    private readonly List<CountingTableClient> tables = [];

    public string Description => inner.Description;

    public long Calls
    {
        get
        {
            lock (tables)
                return tables.Sum(t => t.Calls);
        }
    }

    public ITableClient GetTableClient(string tableName)
    {
        var table = new CountingTableClient(inner.GetTableClient(tableName));
        lock (tables)
            tables.Add(table);
        return table;
    }
}
