using System.Text.Json;
using System.Text.RegularExpressions;
using Azure;
using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Storage.AzureTables;

/// <summary>
/// Failed responses as <see cref="RequestFailedException"/> with the service's code (JSON <c>odata.error</c> or, for
/// authentication, XML); throttling, timeouts and 5xx left after the pipeline's retries as <see cref="StoreUnavailableException"/>.
/// </summary>
internal static partial class AzureErrors
{
    public static bool IsUnavailable(int status) => status is 0 or 408 or 429 or >= 500;

    public static Exception FromResponse(Response response, string operation)
    {
        var (code, message) = Describe(response.Content.ToString());
        if (IsUnavailable(response.Status))
            return new StoreUnavailableException($"Azure Table Storage failed to {operation}: {response.Status} {code} {message}".TrimEnd());
        return new RequestFailedException(response.Status, message ?? $"{response.Status} {response.ReasonPhrase}", code, null);
    }

    /// <summary>Network failures, timeouts and exhausted retries thrown by the pipeline.</summary>
    public static StoreUnavailableException Unreachable(Exception exception, string operation) =>
        new($"Azure Table Storage could not be reached to {operation}: {exception.Message}", exception);

    /// <summary>(code, first line of message) from a JSON or XML error body.</summary>
    public static (string? Code, string? Message) Describe(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
            return (null, null);
        if (body.TrimStart().StartsWith('<'))
            return (XmlCode().Match(body) is { Success: true } c ? c.Groups[1].Value : null, XmlMessage().Match(body) is { Success: true } m ? FirstLine(m.Groups[1].Value) : null);
        try
        {
            using var json = JsonDocument.Parse(body);
            if (!json.RootElement.TryGetProperty("odata.error", out var error))
                return (null, null);
            var code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
            var message = error.TryGetProperty("message", out var m) ? m.ValueKind == JsonValueKind.Object ? m.GetProperty("value").GetString() : m.GetString() : null;
            return (code, message is null ? null : FirstLine(message));
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();

    [GeneratedRegex("<Code>([^<]*)</Code>")]
    private static partial Regex XmlCode();

    [GeneratedRegex("<Message>([^<]*)</Message>")]
    private static partial Regex XmlMessage();
}
