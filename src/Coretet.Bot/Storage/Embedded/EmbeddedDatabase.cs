using System.Collections.Concurrent;
using Coretet.Bot.Dialogs.Texts;
using Microsoft.Data.Sqlite;

namespace Coretet.Bot.Storage.Embedded;

/// <summary>
/// The SQLite file behind the embedded tables. WAL journal with <c>synchronous=FULL</c>: a write is on disk when it
/// returns, and a transaction interrupted by <c>kill -9</c> is rolled back on the next open. Writes go through one
/// connection, one at a time (SQLite has one writer anyway); reads use pooled connections concurrently.
/// SQLite failures surface as <see cref="StoreUnavailableException"/>.
/// </summary>
internal sealed class EmbeddedDatabase : IDisposable
{
    public const string FileName = "tables.db";
    private readonly string connectionString;
    private readonly SemaphoreSlim writeGate = new(1, 1);
    private readonly ConcurrentDictionary<string, bool> knownTables = new(StringComparer.Ordinal);
    private readonly SqliteConnection writer;

    public EmbeddedDatabase(string directory)
    {
        FilePath = Path.GetFullPath(Path.Combine(directory, FileName));
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            writer = new SqliteConnection(connectionString);
            writer.Open();
            Execute(writer, """
                PRAGMA journal_mode = WAL;
                PRAGMA synchronous = FULL;
                PRAGMA busy_timeout = 10000;
                CREATE TABLE IF NOT EXISTS tables (name TEXT NOT NULL PRIMARY KEY) WITHOUT ROWID;
                CREATE TABLE IF NOT EXISTS entities (
                    table_name TEXT NOT NULL, pk TEXT NOT NULL, rk TEXT NOT NULL,
                    etag TEXT NOT NULL, timestamp INTEGER NOT NULL, props TEXT NOT NULL,
                    PRIMARY KEY (table_name, pk, rk)) WITHOUT ROWID;
                """);
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new StoreUnavailableException($"The embedded table store at {FilePath} cannot be opened: {ex.Message}", ex);
        }
    }

    public string FilePath { get; }

    public Task<T> ReadAsync<T>(Func<SqliteConnection, T> read, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Guard(() =>
        {
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            return read(connection);
        }));
    }

    /// <summary>Runs <paramref name="write"/> in one immediate transaction: committed if it returns, rolled back if it throws.</summary>
    public async Task<T> WriteAsync<T>(Func<SqliteConnection, T> write, CancellationToken cancellationToken)
    {
        await writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return Guard(() =>
            {
                Execute(writer, "BEGIN IMMEDIATE");
                try
                {
                    var result = write(writer);
                    Execute(writer, "COMMIT");
                    return result;
                }
                catch
                {
                    Rollback();
                    throw;
                }
            });
        }
        finally
        {
            writeGate.Release();
        }
    }

    public bool TableExists(SqliteConnection connection, string table)
    {
        if (knownTables.ContainsKey(table))
            return true;
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM tables WHERE name = $name";
        command.Parameters.AddWithValue("$name", table);
        var exists = command.ExecuteScalar() is not null;
        if (exists)
            knownTables[table] = true;
        return exists;
    }

    public void CreateTable(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR IGNORE INTO tables (name) VALUES ($name)";
        command.Parameters.AddWithValue("$name", table);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        writer.Dispose();
        SqliteConnection.ClearPool(new SqliteConnection(connectionString));
        writeGate.Dispose();
    }

    /// <summary>SQLite may already have rolled back (disk full, I/O error): keep the original exception then.</summary>
    private void Rollback()
    {
        try
        {
            Execute(writer, "ROLLBACK");
        }
        catch (SqliteException)
        {
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (SqliteException ex)
        {
            throw new StoreUnavailableException($"The embedded table store at {FilePath} failed (SQLite error {ex.SqliteErrorCode}): {ex.Message}", ex);
        }
    }
}
