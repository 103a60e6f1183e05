using Azure;
using Coretet.Bot.Storage.Tables;
using Microsoft.Data.Sqlite;

namespace Coretet.Bot.Storage.Embedded;

/// <summary>Rows to entities, and one page of a query: key-ordered scan, filter, select, continuation after the last row.</summary>
internal static class EmbeddedQuery
{
    public static Page<TableEntity> ReadPage(SqliteConnection c, string key, FilterNode? filter, HashSet<string>? select, string? token, int top)
    {
        var (afterPk, afterRk) = EmbeddedContinuation.Parse(token);
        var values = new List<TableEntity>(Math.Min(top, 100));
        foreach (var row in EmbeddedRows.Scan(c, key, filter?.KeyBounds() ?? [], afterPk, afterRk))
        {
            var entity = ToEntity(row, null);
            if (filter is not null && !filter.Matches(entity))
                continue;
            if (values.Count == top)
            {
                // One more match exists: continue after the last returned row.
                var last = values[^1];
                return Page<TableEntity>.FromValues(values, EmbeddedContinuation.Create(last.PartitionKey, last.RowKey), new StoreResponse(200));
            }
            values.Add(select is null ? entity : Project(entity, select));
        }
        return Page<TableEntity>.FromValues(values, null, new StoreResponse(200));
    }

    public static TableEntity ToEntity(EmbeddedRows.Row row, HashSet<string>? select)
    {
        var entity = new TableEntity(row.PartitionKey, row.RowKey)
        {
            ETag = new ETag(row.ETag),
            Timestamp = new DateTimeOffset(row.TimestampTicks, TimeSpan.Zero),
        };
        foreach (var (name, value) in EmbeddedEntityCodec.Deserialize(row.Properties))
        {
            if (select is null || select.Contains(name))
                entity[name] = value;
        }
        return entity;
    }

    private static TableEntity Project(TableEntity entity, HashSet<string> select)
    {
        foreach (var name in entity.Keys.Where(k => !select.Contains(k)).ToList())
            entity.Remove(name);
        return entity;
    }
}
