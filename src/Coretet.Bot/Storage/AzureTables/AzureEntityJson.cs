using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Azure;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Storage.AzureTables;

/// <summary>
/// Entities as the service's JSON (fact sheet A.10): Int32, Boolean and String are native; Int64 (as a string),
/// Double, DateTime, Guid and Binary carry a <c>Name@odata.type</c> annotation. Reading reverses it.
/// </summary>
internal static class AzureEntityJson
{
    private const string TypeSuffix = "@odata.type";

    public static byte[] Serialize(TableEntity entity, bool includeKeys)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            if (includeKeys)
            {
                json.WriteString("PartitionKey", entity.PartitionKey);
                json.WriteString("RowKey", entity.RowKey);
            }
            foreach (var (name, raw) in entity)
            {
                if (raw is not null)
                    WriteProperty(json, name, TableValues.Normalize(name, raw));
            }
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    public static TableEntity Parse(JsonElement element, ETag headerETag = default)
    {
        var entity = new TableEntity { ETag = headerETag };
        foreach (var property in element.EnumerateObject())
        {
            var name = property.Name;
            if (name.EndsWith(TypeSuffix, StringComparison.Ordinal))
                continue;
            switch (name)
            {
                case "odata.etag": entity.ETag = new ETag(property.Value.GetString()!); break;
                case "PartitionKey": entity.PartitionKey = property.Value.GetString()!; break;
                case "RowKey": entity.RowKey = property.Value.GetString()!; break;
                case "Timestamp": entity.Timestamp = ParseDate(property.Value.GetString()!); break;
                default:
                    if (!name.StartsWith("odata.", StringComparison.Ordinal))
                        entity[name] = ReadValue(property.Value, element.TryGetProperty(name + TypeSuffix, out var type) ? type.GetString() : null);
                    break;
            }
        }
        return entity;
    }

    private static void WriteProperty(Utf8JsonWriter json, string name, object value)
    {
        switch (value)
        {
            case string s: json.WriteString(name, s); break;
            case bool b: json.WriteBoolean(name, b); break;
            case int i: json.WriteNumber(name, i); break;
            case long l:
                json.WriteString(name + TypeSuffix, "Edm.Int64");
                json.WriteString(name, l.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                json.WriteString(name + TypeSuffix, "Edm.Double");
                if (double.IsFinite(d))
                    json.WriteNumber(name, d);
                else
                    json.WriteString(name, double.IsNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
                break;
            case DateTimeOffset t:
                json.WriteString(name + TypeSuffix, "Edm.DateTime");
                json.WriteString(name, t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
                break;
            case Guid g:
                json.WriteString(name + TypeSuffix, "Edm.Guid");
                json.WriteString(name, g.ToString("D"));
                break;
            case byte[] x:
                json.WriteString(name + TypeSuffix, "Edm.Binary");
                json.WriteBase64String(name, x);
                break;
        }
    }

    private static object? ReadValue(JsonElement value, string? type) => type switch
    {
        "Edm.Int64" => long.Parse(value.GetString()!, CultureInfo.InvariantCulture),
        "Edm.Double" => value.ValueKind == JsonValueKind.String ? double.Parse(value.GetString()!, CultureInfo.InvariantCulture) : value.GetDouble(),
        "Edm.DateTime" => ParseDate(value.GetString()!),
        "Edm.Guid" => Guid.Parse(value.GetString()!),
        "Edm.Binary" => value.GetBytesFromBase64(),
        _ => value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number when value.TryGetInt32(out var i) => i,
            JsonValueKind.Number => value.GetDouble(),
            _ => null,
        },
    };

    private static DateTimeOffset ParseDate(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
