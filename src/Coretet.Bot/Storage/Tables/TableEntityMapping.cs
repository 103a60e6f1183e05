using System.Text.Json;

namespace Coretet.Bot.Storage.Tables;

/// <summary>Typed reads and writes for mapping rows to records: required values, enums by name, small JSON values.</summary>
public static class TableEntityMapping
{
    public static string RequireString(this TableEntity entity, string name) =>
        entity.GetString(name) ?? throw Missing(entity, name);

    public static DateTimeOffset RequireDateTimeOffset(this TableEntity entity, string name) =>
        entity.GetDateTimeOffset(name) ?? throw Missing(entity, name);

    /// <summary>Stores an enum by name (stable if members are reordered).</summary>
    public static void SetEnum<TEnum>(this TableEntity entity, string name, TEnum value)
        where TEnum : struct, Enum => entity[name] = value.ToString();

    public static TEnum? GetEnum<TEnum>(this TableEntity entity, string name)
        where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(entity.GetString(name), ignoreCase: false, out var value) ? value : null;

    public static TEnum RequireEnum<TEnum>(this TableEntity entity, string name)
        where TEnum : struct, Enum => entity.GetEnum<TEnum>(name) ?? throw Missing(entity, name);

    /// <summary>A small value (a list of ids, a few options) as a JSON string property; mind the 64 KiB limit.</summary>
    public static void SetJson<T>(this TableEntity entity, string name, T value) =>
        entity[name] = JsonSerializer.Serialize(value);

    public static T? GetJson<T>(this TableEntity entity, string name) =>
        entity.GetString(name) is { } json ? JsonSerializer.Deserialize<T>(json) : default;

    private static InvalidDataException Missing(TableEntity entity, string name) =>
        new($"Stored entity ({entity.PartitionKey}, {entity.RowKey}) has no valid '{name}' property.");
}
