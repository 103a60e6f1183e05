using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace Coretet.Bot.Channels.Slack;

/// <summary>
/// The Slack Web API methods the bot uses (protocols/slack.md §6), form-encoded with the bot token as a Bearer
/// header. <c>ok:false</c> becomes a <see cref="SlackApiException"/>; 429 waits for Retry-After and retries;
/// chat.postMessage is paced to one message per second per channel.
/// </summary>
internal sealed partial class SlackApiClient(
    IHttpClientFactory httpClients, IOptions<SlackOptions> options, SlackChannelPacer pacer, TimeProvider clock, ILogger<SlackApiClient> logger)
{
    public const string HttpClientName = "slack";

    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromMinutes(1);

    /// <summary>Blocks and views as readable UTF-8 JSON (they go into a form field, never into HTML).</summary>
    internal static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private HttpClient Http => httpClients.CreateClient(HttpClientName);

    public async Task<(string Channel, string Ts)> PostMessageAsync(string channel, SlackMessage message, string? threadTs, CancellationToken cancellationToken)
    {
        await pacer.WaitTurnAsync(channel, cancellationToken);
        var args = MessageArgs(channel, message);
        if (threadTs is not null)
            args["thread_ts"] = threadTs;
        var result = await CallAsync("chat.postMessage", args, cancellationToken);
        return (result.GetProperty("channel").GetString() ?? channel, result.GetProperty("ts").GetString()!);
    }

    public async Task UpdateAsync(string channel, string ts, SlackMessage message, CancellationToken cancellationToken)
    {
        var args = MessageArgs(channel, message);
        args.Remove("unfurl_links");
        args["ts"] = ts;
        await CallAsync("chat.update", args, cancellationToken);
    }

    public async Task PostEphemeralAsync(string channel, string user, SlackMessage message, string? threadTs, CancellationToken cancellationToken)
    {
        var args = MessageArgs(channel, message);
        args["user"] = user;
        if (threadTs is not null)
            args["thread_ts"] = threadTs;
        await CallAsync("chat.postEphemeral", args, cancellationToken);
    }

    public async Task OpenViewAsync(string triggerId, JsonObject view, CancellationToken cancellationToken) =>
        await CallAsync("views.open", new() { ["trigger_id"] = triggerId, ["view"] = view.ToJsonString(Json) }, cancellationToken);

    /// <summary>The 1:1 conversation (<c>D…</c>) with a user, opened if needed.</summary>
    public async Task<string> OpenDirectAsync(string userId, CancellationToken cancellationToken)
    {
        var result = await CallAsync("conversations.open", new() { ["users"] = userId }, cancellationToken);
        return result.GetProperty("channel").GetProperty("id").GetString()!;
    }

    public async Task<SlackUserProfile> GetUserAsync(string userId, CancellationToken cancellationToken)
    {
        var result = await CallAsync("users.info", new() { ["user"] = userId, ["include_locale"] = "true" }, cancellationToken);
        var user = result.GetProperty("user");
        var profile = user.TryGetProperty("profile", out var p) ? p : default;
        var name = FirstNonEmpty(Text(profile, "display_name"), Text(user, "real_name"), Text(user, "name")) ?? userId;
        return new SlackUserProfile(userId, name, Text(user, "locale"), Text(user, "tz"));
    }

    /// <summary>The bot's own user id (auth.test), to ignore its own messages and mentions.</summary>
    public async Task<string> GetBotUserIdAsync(CancellationToken cancellationToken)
    {
        var result = await CallAsync("auth.test", [], cancellationToken);
        return result.GetProperty("user_id").GetString()!;
    }

    /// <summary>Uploads a file into a channel (files.getUploadURLExternal, upload, files.completeUploadExternal).</summary>
    public async Task UploadFileAsync(string channel, string? threadTs, string fileName, byte[] content, string comment, CancellationToken cancellationToken)
    {
        var ticket = await CallAsync("files.getUploadURLExternal", new()
        {
            ["filename"] = fileName,
            ["length"] = content.Length.ToString(CultureInfo.InvariantCulture),
        }, cancellationToken);
        var uploadUrl = new Uri(ticket.GetProperty("upload_url").GetString()!);
        var fileId = ticket.GetProperty("file_id").GetString()!;
        using (var upload = new ByteArrayContent(content))
        {
            using var response = await Http.PostAsync(uploadUrl, upload, cancellationToken);
            if (!response.IsSuccessStatusCode)
                throw new SlackApiException("files.upload", $"http_{(int)response.StatusCode}");
        }

        var files = new JsonArray(new JsonObject { ["id"] = fileId, ["title"] = fileName });
        var args = new Dictionary<string, string>
        {
            ["files"] = files.ToJsonString(Json),
            ["channel_id"] = channel,
            ["initial_comment"] = comment,
        };
        if (threadTs is not null)
            args["thread_ts"] = threadTs;
        await CallAsync("files.completeUploadExternal", args, cancellationToken);
    }

    /// <summary>Answers through an interaction's response_url (no token: the URL is the credential, never logged).</summary>
    public async Task PostToResponseUrlAsync(Uri responseUrl, SlackMessage message, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["response_type"] = "ephemeral",
            ["text"] = message.Text,
            ["blocks"] = message.Blocks.DeepClone(),
        };
        using var content = new StringContent(body.ToJsonString(Json), System.Text.Encoding.UTF8, "application/json");
        using var response = await Http.PostAsync(responseUrl, content, cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new SlackApiException("response_url", $"http_{(int)response.StatusCode}");
    }

    /// <summary>A Socket Mode WebSocket URL (apps.connections.open takes the app-level token, never the bot token).</summary>
    public async Task<Uri> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var result = await CallAsync("apps.connections.open", [], cancellationToken, options.Value.AppToken);
        return new Uri(result.GetProperty("url").GetString()!);
    }

    public async Task<JsonElement> CallAsync(string method, Dictionary<string, string> args, CancellationToken cancellationToken, string? token = null)
    {
        var uri = new Uri(options.Value.ApiBaseUrl.ToString().TrimEnd('/') + "/" + method);
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new FormUrlEncodedContent(args) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? options.Value.BotToken);
            using var response = await Http.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                if (attempt >= options.Value.MaxRateLimitRetries)
                    throw new SlackApiException(method, "ratelimited");
                var wait = RetryAfter(response);
                LogRateLimited(logger, method, wait.TotalSeconds);
                await Task.Delay(wait, clock, cancellationToken);
                continue;
            }

            return await ReadResultAsync(method, response, cancellationToken);
        }
    }

    private static async Task<JsonElement> ReadResultAsync(string method, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
            throw new SlackApiException(method, $"http_{(int)response.StatusCode}");
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("ok", out var ok) || ok.ValueKind != JsonValueKind.True)
            throw new SlackApiException(method, Text(root, "error") ?? "unknown_error");
        return root.Clone();
    }

    private static TimeSpan RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - DateTimeOffset.UtcNow : TimeSpan.FromSeconds(1));
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > MaxRetryAfter ? MaxRetryAfter : wait;
    }

    private static Dictionary<string, string> MessageArgs(string channel, SlackMessage message) => new()
    {
        ["channel"] = channel,
        ["text"] = message.Text,
        ["blocks"] = message.Blocks.ToJsonString(Json),
        ["unfurl_links"] = "false",
        ["link_names"] = "false",
    };

    internal static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack {Method} rate limited; retrying in {Seconds} s")]
    private static partial void LogRateLimited(ILogger logger, string method, double seconds);
}
