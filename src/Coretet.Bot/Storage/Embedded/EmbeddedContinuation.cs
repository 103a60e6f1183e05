using System.Text;

namespace Coretet.Bot.Storage.Embedded;

/// <summary>Continuation tokens of the embedded store: "base64(pk) base64(rk)" of the last row returned (opaque to callers).</summary>
internal static class EmbeddedContinuation
{
    public static string Create(string partitionKey, string rowKey) =>
        $"{Convert.ToBase64String(Encoding.UTF8.GetBytes(partitionKey))} {Convert.ToBase64String(Encoding.UTF8.GetBytes(rowKey))}";

    public static (string? PartitionKey, string? RowKey) Parse(string? token)
    {
        if (string.IsNullOrEmpty(token))
            return (null, null);
        var parts = token.Split(' ');
        try
        {
            return parts.Length == 2
                ? (Encoding.UTF8.GetString(Convert.FromBase64String(parts[0])), Encoding.UTF8.GetString(Convert.FromBase64String(parts[1])))
                : throw new FormatException();
        }
        catch (FormatException)
        {
            throw Tables.TableErrors.InvalidInput("The continuation token is not valid.");
        }
    }
}
