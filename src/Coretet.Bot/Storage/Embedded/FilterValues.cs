namespace Coretet.Bot.Storage.Embedded;

/// <summary>How a stored value compares with a filter literal: null when the types don't compare (no match).</summary>
internal static class FilterValues
{
    public static int? Compare(object? value, object? literal) => (value, literal) switch
    {
        (null, _) or (_, null) => null,
        (string a, string b) => Math.Sign(string.CompareOrdinal(a, b)),
        (bool a, bool b) => a.CompareTo(b),
        (DateTimeOffset a, DateTimeOffset b) => a.UtcTicks.CompareTo(b.UtcTicks),
        (Guid a, Guid b) => a == b ? 0 : string.CompareOrdinal(a.ToString("D"), b.ToString("D")),
        (byte[] a, byte[] b) => a.AsSpan().SequenceCompareTo(b),
        (int or long, int or long) => Convert.ToInt64(value, null).CompareTo(Convert.ToInt64(literal, null)),
        (int or long or double, int or long or double) => Convert.ToDouble(value, null).CompareTo(Convert.ToDouble(literal, null)),
        _ => null,
    };
}
