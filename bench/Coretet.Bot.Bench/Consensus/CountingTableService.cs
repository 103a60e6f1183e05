using Coretet.Bot.Bench.Storage;
using Coretet.Bot.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace Coretet.Bot.Bench.Consensus;

/// <summary>Hands out <see cref="CountingTableClient"/>s and sums their calls (round trips for the embedded store).</summary>
internal sealed class CountingTableService(ITableServiceClient inner) : ITableServiceClient, IDisposable
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

    /// <summary>Wraps the host's registered table service (whatever backend its configuration chose) and hands the counter out.</summary>
    public static void Decorate(IServiceCollection services, Action<CountingTableService> created)
    {
        var registered = services.Last(d => d.ServiceType == typeof(ITableServiceClient));
        services.Remove(registered);
        services.AddSingleton<ITableServiceClient>(sp =>
        {
            var inner = registered.ImplementationInstance as ITableServiceClient
                ?? (ITableServiceClient?)registered.ImplementationFactory?.Invoke(sp)
                ?? throw new InvalidOperationException("The table service is registered by type; decorate it another way.");
            var counting = new CountingTableService(inner);
            created(counting);
            return counting;
        });
    }

    public ITableClient GetTableClient(string tableName)
    {
        var table = new CountingTableClient(inner.GetTableClient(tableName));
        lock (tables)
            tables.Add(table);
        return table;
    }

    public void Dispose() => (inner as IDisposable)?.Dispose();
}
