namespace Coretet.Bot.Storage.Tables;

/// <summary>The property types a table stores, normalised the same way by every backend.</summary>
internal static class TableValues
{
    /// <summary>A DateTime of unspecified kind is taken as UTC (the service stores UTC only).</summary>
    public static DateTimeOffset ToDateTimeOffset(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => new DateTimeOffset(value.ToUniversalTime(), TimeSpan.Zero),
        _ => new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc), TimeSpan.Zero),
    };

    /// <summary>The stored form of a value: DateTime and DateTimeOffset become UTC DateTimeOffset; unsupported types throw.</summary>
    public static object Normalize(string property, object value) => value switch
    {
        string or bool or int or long or double or Guid or byte[] => value,
        DateTimeOffset d => d.ToUniversalTime(),
        DateTime d => ToDateTimeOffset(d),
        _ => throw new TableLimitException(
            TableErrorCodes.InvalidValueType,
            $"Property '{property}' is a {value.GetType().Name}; a table stores string, bool, int, long, double, DateTimeOffset, Guid or byte[]."),
    };
}
