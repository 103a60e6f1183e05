using Microsoft.Data.Sqlite;

namespace Coretet.Bot.Storage.Embedded;

/// <summary>The SQL of the embedded tables: one row per entity, keyed by (table, PartitionKey, RowKey).</summary>
internal static class EmbeddedRows
{
    internal sealed record Row(string PartitionKey, string RowKey, string ETag, long TimestampTicks, string Properties);

    public static Row? Find(SqliteConnection connection, string table, string partitionKey, string rowKey)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT pk, rk, etag, timestamp, props FROM entities WHERE table_name = $t AND pk = $pk AND rk = $rk";
        command.Parameters.AddWithValue("$t", table);
        command.Parameters.AddWithValue("$pk", partitionKey);
        command.Parameters.AddWithValue("$rk", rowKey);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadRow(reader) : null;
    }

    public static void Write(SqliteConnection connection, string table, Row row)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO entities (table_name, pk, rk, etag, timestamp, props) VALUES ($t, $pk, $rk, $etag, $ts, $props)
            ON CONFLICT (table_name, pk, rk) DO UPDATE SET etag = excluded.etag, timestamp = excluded.timestamp, props = excluded.props
            """;
        command.Parameters.AddWithValue("$t", table);
        command.Parameters.AddWithValue("$pk", row.PartitionKey);
        command.Parameters.AddWithValue("$rk", row.RowKey);
        command.Parameters.AddWithValue("$etag", row.ETag);
        command.Parameters.AddWithValue("$ts", row.TimestampTicks);
        command.Parameters.AddWithValue("$props", row.Properties);
        command.ExecuteNonQuery();
    }

    public static void Delete(SqliteConnection connection, string table, string partitionKey, string rowKey)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM entities WHERE table_name = $t AND pk = $pk AND rk = $rk";
        command.Parameters.AddWithValue("$t", table);
        command.Parameters.AddWithValue("$pk", partitionKey);
        command.Parameters.AddWithValue("$rk", rowKey);
        command.ExecuteNonQuery();
    }

    /// <summary>Rows in key order after (<paramref name="afterPartitionKey"/>, <paramref name="afterRowKey"/>), narrowed by key bounds.</summary>
    public static IEnumerable<Row> Scan(SqliteConnection connection, string table, IEnumerable<FilterNode.Comparison> bounds, string? afterPartitionKey, string? afterRowKey)
    {
        using var command = connection.CreateCommand();
        var sql = new List<string> { "table_name = $t" };
        command.Parameters.AddWithValue("$t", table);
        var n = 0;
        foreach (var bound in bounds)
        {
            var column = bound.Property == "PartitionKey" ? "pk" : "rk";
            var op = bound.Operator switch { "eq" => "=", "gt" => ">", "ge" => ">=", "lt" => "<", _ => "<=" };
            sql.Add($"{column} {op} $b{n}");
            command.Parameters.AddWithValue($"$b{n++}", (string)bound.Literal!);
        }
        if (afterPartitionKey is not null)
        {
            sql.Add("(pk > $apk OR (pk = $apk AND rk > $ark))");
            command.Parameters.AddWithValue("$apk", afterPartitionKey);
            command.Parameters.AddWithValue("$ark", afterRowKey ?? "");
        }
        command.CommandText = $"SELECT pk, rk, etag, timestamp, props FROM entities WHERE {string.Join(" AND ", sql)} ORDER BY pk, rk";
        using var reader = command.ExecuteReader();
        while (reader.Read())
            yield return ReadRow(reader);
    }

    private static Row ReadRow(SqliteDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.GetString(4));
}
