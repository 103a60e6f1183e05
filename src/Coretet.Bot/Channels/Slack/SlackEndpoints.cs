using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Coretet.Bot.Channels.Slack;

/// <summary>
/// The three Slack Request URLs. Each reads the raw body, verifies the signature (401 and nothing else
/// otherwise), acknowledges within Slack's 3 s and queues the work (protocols/slack.md §1–§4).
/// </summary>
internal sealed partial class SlackEndpoints(
    SlackSignatureVerifier verifier, SlackWorkQueue queue, IOptions<SlackOptions> options, TimeProvider clock, ILogger<SlackEndpoints> logger)
{
    private const int MaxBody = 1024 * 1024;

    public async Task<IResult> EventsAsync(HttpContext http)
    {
        if (!options.Value.IsConfigured)
            return Results.NotFound();
        var body = await ReadVerifiedAsync(http);
        if (body is null)
            return Results.Unauthorized();
        if (Parse(body) is not { } envelope)
            return Results.BadRequest();
        switch (SlackApiClient.Text(envelope, "type"))
        {
            case "url_verification":
                return Results.Json(new { challenge = SlackApiClient.Text(envelope, "challenge") });
            case "event_callback":
                LogRetry(http);
                return queue.TryEnqueue(new SlackWorkItem(SlackPayloadKind.Event, envelope, clock.GetUtcNow()))
                    ? Results.Ok()
                    : Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            default:
                return Results.Ok();
        }
    }

    public async Task<IResult> CommandsAsync(HttpContext http)
    {
        if (!options.Value.IsConfigured)
            return Results.NotFound();
        var raw = await ReadBodyAsync(http);
        if (raw is null)
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        var form = await ReadFormAsync(raw);
        // Slack's TLS check is unsigned: answer it and process nothing.
        if (form.TryGetValue("ssl_check", out var ssl) && ssl == "1" && !form.ContainsKey("command"))
            return Results.Ok();
        if (!Verify(http, raw))
            return Results.Unauthorized();
        var fields = new JsonObject();
        foreach (var (key, value) in form)
            fields[key] = value.ToString();
        var item = new SlackWorkItem(SlackPayloadKind.Command, JsonSerializer.SerializeToElement(fields), clock.GetUtcNow());
        return queue.TryEnqueue(item) ? Results.Ok() : Results.Text(SlackTexts.Busy);
    }

    public async Task<IResult> InteractionsAsync(HttpContext http)
    {
        if (!options.Value.IsConfigured)
            return Results.NotFound();
        var body = await ReadVerifiedAsync(http);
        if (body is null)
            return Results.Unauthorized();
        var form = await ReadFormAsync(body);
        if (!form.TryGetValue("payload", out var json) || Parse(Encoding.UTF8.GetBytes(json.ToString())) is not { } payload)
            return Results.BadRequest();
        var type = SlackApiClient.Text(payload, "type");
        if (type is not ("block_actions" or "view_submission"))
            return Results.Ok();
        // An empty 200 closes a submitted modal; the answer follows as a message.
        return queue.TryEnqueue(new SlackWorkItem(SlackPayloadKind.Interaction, payload, clock.GetUtcNow()))
            ? Results.Ok()
            : Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
    }

    private async Task<byte[]?> ReadVerifiedAsync(HttpContext http)
    {
        var body = await ReadBodyAsync(http);
        return body is not null && Verify(http, body) ? body : null;
    }

    private bool Verify(HttpContext http, byte[] body)
    {
        var headers = http.Request.Headers;
        if (verifier.IsValid(headers[SlackSignatureVerifier.TimestampHeader], headers[SlackSignatureVerifier.SignatureHeader], body))
            return true;
        LogRefused(logger, http.Request.Path);
        return false;
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpContext http)
    {
        if (http.Request.ContentLength > MaxBody)
            return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
        {
            if (buffer.Length + read > MaxBody)
                return null;
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static async Task<Dictionary<string, Microsoft.Extensions.Primitives.StringValues>> ReadFormAsync(byte[] body)
    {
        using var reader = new FormReader(Encoding.UTF8.GetString(body));
        return await reader.ReadFormAsync();
    }

    private static JsonElement? Parse(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private void LogRetry(HttpContext http)
    {
        if (http.Request.Headers.TryGetValue("X-Slack-Retry-Num", out var retry))
            LogRetried(logger, retry.ToString(), http.Request.Headers["X-Slack-Retry-Reason"].ToString());
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack request to {Path} refused: missing, stale or bad signature")]
    private static partial void LogRefused(ILogger logger, PathString path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack retry {RetryNum} ({Reason})")]
    private static partial void LogRetried(ILogger logger, string retryNum, string reason);
}
