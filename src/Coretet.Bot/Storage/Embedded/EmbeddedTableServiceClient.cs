using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Storage.Embedded;

/// <summary>Tables in a local SQLite file (<see cref="EmbeddedDatabase.FileName"/> under <c>Storage:EmbeddedPath</c>).</summary>
public sealed class EmbeddedTableServiceClient : ITableServiceClient, IDisposable
{
    private readonly EmbeddedDatabase database;
    private readonly TimeProvider clock;

    public EmbeddedTableServiceClient(string directory, TimeProvider? clock = null)
    {
        database = new EmbeddedDatabase(directory);
        this.clock = clock ?? TimeProvider.System;
    }

    public string Description => $"embedded SQLite tables at {database.FilePath}";

    public ITableClient GetTableClient(string tableName)
    {
        TableLimits.ValidateTableName(tableName);
        return new EmbeddedTableClient(database, tableName, clock);
    }

    public void Dispose() => database.Dispose();
}
