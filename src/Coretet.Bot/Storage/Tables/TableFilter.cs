using System.Globalization;
using System.Text;

namespace Coretet.Bot.Storage.Tables;

/// <summary>
/// Builds OData filters for <see cref="ITableClient.QueryAsync"/> from typed, escaped literals (fact sheet A.8):
/// strings are quoted with every <c>'</c> doubled; long is <c>12L</c>; DateTimeOffset is <c>datetime'…Z'</c>;
/// Guid is <c>guid'…'</c>; byte[] is <c>X'hex'</c>. Never concatenate user input into a filter by hand.
/// </summary>
public static class TableFilter
{
    /// <summary><c>PartitionKey eq '…'</c>.</summary>
    public static string PartitionKey(string partitionKey) => Equal("PartitionKey", partitionKey);

    public static string Equal(string property, object value) => Compare(property, "eq", value);

    public static string NotEqual(string property, object value) => Compare(property, "ne", value);

    public static string GreaterThan(string property, object value) => Compare(property, "gt", value);

    public static string GreaterThanOrEqual(string property, object value) => Compare(property, "ge", value);

    public static string LessThan(string property, object value) => Compare(property, "lt", value);

    public static string LessThanOrEqual(string property, object value) => Compare(property, "le", value);

    public static string And(params string[] filters) => Join("and", filters);

    public static string Or(params string[] filters) => Join("or", filters);

    public static string Not(string filter) => $"not ({filter})";

    /// <summary>The service has no <c>startswith</c>: a prefix is the range [prefix, next prefix).</summary>
    public static string StartsWith(string property, string prefix)
    {
        var lower = GreaterThanOrEqual(property, prefix);
        var end = prefix.TrimEnd(char.MaxValue);
        if (end.Length == 0)
            return lower;
        var upper = string.Concat(end.AsSpan(0, end.Length - 1), ((char)(end[^1] + 1)).ToString());
        return And(lower, LessThan(property, upper));
    }

    /// <summary>Like <c>TableClient.CreateQueryFilter</c>: every interpolated value becomes an escaped literal,
    /// e.g. <c>TableFilter.Create($"PartitionKey eq {pk} and Count ge {min}")</c>.</summary>
    public static string Create(FormattableString filter)
    {
        var literals = filter.GetArguments().Select(Literal).ToArray<object?>();
        return string.Format(CultureInfo.InvariantCulture, filter.Format, literals);
    }

    /// <summary>The OData literal for a value of one of the supported types; <see cref="ArgumentException"/> otherwise.</summary>
    public static string Literal(object? value) => value switch
    {
        null => "null",
        string s => Quote(s),
        char c => Quote(c.ToString()),
        bool b => b ? "true" : "false",
        int or short or byte => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        long l => l.ToString(CultureInfo.InvariantCulture) + "L",
        double d => DoubleLiteral(d),
        float f => DoubleLiteral(f),
        DateTimeOffset d => DateLiteral(d),
        DateTime d => DateLiteral(TableValues.ToDateTimeOffset(d)),
        Guid g => $"guid'{g:D}'",
        byte[] bytes => $"X'{Convert.ToHexString(bytes)}'",
        _ => throw new ArgumentException($"A filter literal cannot be of type {value.GetType().Name}.", nameof(value)),
    };

    private static string Compare(string property, string op, object value)
    {
        if (!TableLimits.IsValidPropertyName(property) && property is not ("PartitionKey" or "RowKey" or "Timestamp"))
            throw new ArgumentException($"'{property}' is not a valid property name for a filter.", nameof(property));
        return $"{property} {op} {Literal(value)}";
    }

    private static string Join(string op, string[] filters)
    {
        if (filters.Length == 0)
            throw new ArgumentException("At least one filter is needed.", nameof(filters));
        if (filters.Length == 1)
            return filters[0];
        var text = new StringBuilder();
        foreach (var filter in filters)
        {
            if (text.Length > 0)
                text.Append(' ').Append(op).Append(' ');
            text.Append('(').Append(filter).Append(')');
        }
        return text.ToString();
    }

    private static string Quote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string DateLiteral(DateTimeOffset value) =>
        $"datetime'{value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture)}'";

    private static string DoubleLiteral(double value)
    {
        if (!double.IsFinite(value))
            throw new ArgumentException("NaN and infinities cannot be used in a filter.", nameof(value));
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }
}
