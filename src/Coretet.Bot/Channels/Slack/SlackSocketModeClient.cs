using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Coretet.Bot.Channels.Slack;

/// <summary>
/// Socket Mode (protocols/slack.md §7), on when <c>Slack:AppToken</c> is set: the bot dials out to Slack over a
/// WebSocket instead of exposing Request URLs. Each envelope is queued for the same processing as HTTP requests,
/// then acknowledged with its <c>envelope_id</c> (an envelope the queue cannot take is not acknowledged, so Slack
/// redelivers it). Reconnects with a fresh URL on <c>disconnect</c> or failure, with backoff.
/// </summary>
internal sealed partial class SlackSocketModeClient(
    SlackApiClient api, SlackWorkQueue queue, IOptions<SlackOptions> options, TimeProvider clock, ILogger<SlackSocketModeClient> logger)
    : BackgroundService
{
    private static readonly string[] Unrecoverable = ["not_authed", "invalid_auth", "account_inactive", "user_removed_from_team", "team_disabled"];
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (string.IsNullOrWhiteSpace(options.Value.AppToken))
            return;
        var backoff = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunConnectionAsync(await api.OpenConnectionAsync(stoppingToken), stoppingToken);
                backoff = TimeSpan.FromSeconds(1);
                continue;
            }
            catch (SlackApiException ex) when (Unrecoverable.Contains(ex.Error))
            {
                LogStopped(logger, ex.Error);
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested && ex is SlackApiException or WebSocketException or HttpRequestException or JsonException)
            {
                LogConnectionFailed(logger, backoff.TotalSeconds, ex);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            try
            {
                await Task.Delay(backoff, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            backoff = backoff * 2 > MaxBackoff ? MaxBackoff : backoff * 2;
        }
    }

    private async Task RunConnectionAsync(Uri url, CancellationToken stoppingToken)
    {
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(url, stoppingToken);
        while (await ReceiveAsync(socket, stoppingToken) is { } frame)
        {
            if (!await HandleFrameAsync(socket, frame, stoppingToken))
                break;
        }

        if (socket.State == WebSocketState.Open)
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "reconnecting", stoppingToken);
    }

    /// <summary>False when Slack asks to reconnect.</summary>
    private async Task<bool> HandleFrameAsync(ClientWebSocket socket, JsonElement frame, CancellationToken stoppingToken)
    {
        var type = SlackApiClient.Text(frame, "type");
        if (type == "disconnect")
        {
            LogDisconnect(logger, SlackApiClient.Text(frame, "reason"));
            return false;
        }

        var envelopeId = SlackApiClient.Text(frame, "envelope_id");
        if (envelopeId is null || !frame.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object)
            return true;
        var kind = type switch
        {
            "events_api" => SlackPayloadKind.Event,
            "slash_commands" => SlackPayloadKind.Command,
            "interactive" => SlackPayloadKind.Interaction,
            _ => (SlackPayloadKind?)null,
        };
        var wanted = kind switch
        {
            SlackPayloadKind.Event => SlackApiClient.Text(payload, "type") == "event_callback",
            SlackPayloadKind.Interaction => SlackApiClient.Text(payload, "type") is "block_actions" or "view_submission",
            _ => kind is not null,
        };
        if (wanted && !queue.TryEnqueue(new SlackWorkItem(kind!.Value, payload.Clone(), clock.GetUtcNow())))
            return true;
        var ack = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { envelope_id = envelopeId }));
        await socket.SendAsync(ack, WebSocketMessageType.Text, endOfMessage: true, stoppingToken);
        return true;
    }

    private static async Task<JsonElement?> ReceiveAsync(ClientWebSocket socket, CancellationToken stoppingToken)
    {
        using var message = new MemoryStream();
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, stoppingToken);
            if (result.MessageType == WebSocketMessageType.Close)
                return null;
            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
                break;
        }

        using var document = JsonDocument.Parse(message.ToArray());
        return document.RootElement.Clone();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack Socket Mode stopped: {Error} (check Slack:AppToken)")]
    private static partial void LogStopped(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack Socket Mode connection failed; reconnecting in {Seconds} s")]
    private static partial void LogConnectionFailed(ILogger logger, double seconds, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack Socket Mode disconnect ({Reason}); reconnecting")]
    private static partial void LogDisconnect(ILogger logger, string? reason);
}
