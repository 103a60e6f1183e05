using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Storage.Embedded;

/// <summary>
/// The properties of a row as JSON, each value tagged with its type so it reads back exactly:
/// <c>{"Name":["S","Ann"],"Count":["I",3],"Big":["L","9007199254740993"],"At":["T",638700000000000000]}</c>.
/// </summary>
internal static class EmbeddedEntityCodec
{
    public static string Serialize(IEnumerable<KeyValuePair<string, object?>> properties)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var (name, raw) in properties)
            {
                if (raw is null)
                    continue;
                json.WriteStartArray(name);
                WriteValue(json, TableValues.Normalize(name, raw));
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static Dictionary<string, object?> Deserialize(string text)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(text);
        foreach (var property in document.RootElement.EnumerateObject())
            properties[property.Name] = ReadValue(property.Value[0].GetString()!, property.Value[1]);
        return properties;
    }

    private static void WriteValue(Utf8JsonWriter json, object value)
    {
        switch (value)
        {
            case string s: json.WriteStringValue("S"); json.WriteStringValue(s); break;
            case bool b: json.WriteStringValue("B"); json.WriteBooleanValue(b); break;
            case int i: json.WriteStringValue("I"); json.WriteNumberValue(i); break;
            case long l: json.WriteStringValue("L"); json.WriteStringValue(l.ToString(CultureInfo.InvariantCulture)); break;
            case double d: json.WriteStringValue("D"); json.WriteStringValue(d.ToString("R", CultureInfo.InvariantCulture)); break;
            case DateTimeOffset t: json.WriteStringValue("T"); json.WriteNumberValue(t.UtcTicks); break;
            case Guid g: json.WriteStringValue("G"); json.WriteStringValue(g); break;
            case byte[] x: json.WriteStringValue("X"); json.WriteBase64StringValue(x); break;
            default: throw new InvalidOperationException($"Unexpected normalised value type {value.GetType().Name}.");
        }
    }

    private static object ReadValue(string type, JsonElement value) => type switch
    {
        "S" => value.GetString()!,
        "B" => value.GetBoolean(),
        "I" => value.GetInt32(),
        "L" => long.Parse(value.GetString()!, CultureInfo.InvariantCulture),
        "D" => double.Parse(value.GetString()!, CultureInfo.InvariantCulture),
        "T" => new DateTimeOffset(value.GetInt64(), TimeSpan.Zero),
        "G" => value.GetGuid(),
        "X" => value.GetBytesFromBase64(),
        _ => throw new InvalidDataException($"Unknown stored value type '{type}'."),
    };
}
