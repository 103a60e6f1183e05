using System.Globalization;
using System.Text;
using Coretet.Bot.Dialogs.Alliances;

namespace Coretet.Bot.Dialogs.Charter;

/// <summary>The allies as CSV (RFC 4180, UTF-8 with BOM so spreadsheets read accents), one row per ally record.</summary>
public static class AlliesCsv
{
    private static readonly string[] Header =
        ["name", "platform", "user_id", "status", "engagement", "signed_version", "signed_at", "organisation", "withdrawn_at"];

    public static byte[] Write(IEnumerable<Ally> allies)
    {
        var builder = new StringBuilder();
        builder.Append(string.Join(',', Header)).Append("\r\n");
        foreach (var ally in allies.OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase))
        {
            string[] cells =
            [
                ally.Name, ally.User.Platform, ally.User.Id, ally.Status.ToString(), ally.Engagement.ToString(),
                ally.SignedVersion.ToString(CultureInfo.InvariantCulture), Time(ally.SignedAt), ally.Organisation ?? "",
                ally.WithdrawnAt is { } at ? Time(at) : "",
            ];
            builder.Append(string.Join(',', cells.Select(Cell))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(builder.ToString())];
    }

    private static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Quotes when needed, and defuses formulas (a name starting with = + - @ is data, not a formula).</summary>
    private static string Cell(string value)
    {
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : safe;
    }
}
