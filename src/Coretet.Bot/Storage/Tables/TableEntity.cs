using Azure;

namespace Coretet.Bot.Storage.Tables;

/// <summary>
/// A table row: partition key, row key, ETag, timestamp and typed properties
/// (string, bool, int, long, double, DateTimeOffset, Guid, byte[]). Mirrors Azure.Data.Tables' TableEntity.
/// </summary>
public sealed class TableEntity : Dictionary<string, object?>
{
    public TableEntity()
        : base(StringComparer.Ordinal)
    {
    }

    public TableEntity(string partitionKey, string rowKey)
        : this()
    {
        PartitionKey = partitionKey;
        RowKey = rowKey;
    }

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string? GetString(string key) => TryGetValue(key, out var v) ? v as string : null;

    public bool? GetBoolean(string key) => TryGetValue(key, out var v) && v is bool b ? b : null;

    public int? GetInt32(string key) => TryGetValue(key, out var v) && v is int i ? i : null;

    public long? GetInt64(string key) => TryGetValue(key, out var v) ? v switch { long l => l, int i => i, _ => null } : null;

    public double? GetDouble(string key) => TryGetValue(key, out var v) ? v switch { double d => d, int i => i, long l => l, _ => null } : null;

    public DateTimeOffset? GetDateTimeOffset(string key) => TryGetValue(key, out var v) && v is DateTimeOffset d ? d : null;

    public Guid? GetGuid(string key) => TryGetValue(key, out var v) && v is Guid g ? g : null;

    public byte[]? GetBinary(string key) => TryGetValue(key, out var v) ? v as byte[] : null;
}
