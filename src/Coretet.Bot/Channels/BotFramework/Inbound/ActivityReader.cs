using System.Text.Json;
using Coretet.Bot.Channels.BotFramework.Schema;

namespace Coretet.Bot.Channels.BotFramework.Inbound;

/// <summary>
/// Reads and checks the body of <c>POST /api/messages</c>: at most <see cref="MaxBodyBytes"/>, JSON, with a
/// <c>type</c>, a <c>conversation.id</c> and an absolute http(s) <c>serviceUrl</c>. Never throws on bad input.
/// </summary>
public static class ActivityReader
{
    public const int MaxBodyBytes = 256 * 1024;

    public static async Task<ActivityReadResult> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
            return ActivityReadResult.TooLarge();
        var body = await ReadBodyAsync(request.Body, cancellationToken);
        if (body is null)
            return ActivityReadResult.TooLarge();
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, BotFrameworkJson.Options);
        }
        catch (JsonException ex)
        {
            return ActivityReadResult.Invalid($"The body is not a valid activity: {ex.Message}");
        }

        return Check(activity);
    }

    private static ActivityReadResult Check(Activity? activity)
    {
        if (activity is null)
            return ActivityReadResult.Invalid("The body must be a JSON activity object.");
        if (string.IsNullOrWhiteSpace(activity.Type))
            return ActivityReadResult.Invalid("The activity has no 'type'.");
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
            return ActivityReadResult.Invalid("The activity has no 'conversation.id'.");
        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) || serviceUrl.Scheme is not ("http" or "https"))
            return ActivityReadResult.Invalid("The activity has no absolute http(s) 'serviceUrl'.");
        if (activity.Type is "message" or "invoke" or "conversationUpdate" or "installationUpdate" && string.IsNullOrWhiteSpace(activity.From?.Id))
            return ActivityReadResult.Invalid("The activity has no 'from.id'.");
        return ActivityReadResult.Ok(activity);
    }

    /// <summary>The body, or null when it is longer than the limit (chunked requests have no Content-Length).</summary>
    private static async Task<byte[]?> ReadBodyAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
