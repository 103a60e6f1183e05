using System.Net;

namespace Coretet.Bot.Channels.BotFramework.Outbound;

/// <summary>
/// Teams' backoff rules (fact sheet §3.5, §5): honour Retry-After on 429; otherwise exponential backoff with
/// jitter; retry 429, 412, 502, 503, 504 at most <see cref="BotFrameworkOptions.ConnectorMaxAttempts"/> times.
/// Other failures are not retried. Gives up with a logged error and a <see cref="ConnectorException"/>.
/// </summary>
public sealed partial class ConnectorRetryPolicy(BotFrameworkOptions options, TimeProvider time, ILogger<ConnectorRetryPolicy> logger)
{
    public async Task<HttpResponseMessage> SendAsync(HttpClient http, Func<HttpRequestMessage> request, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var message = request();
            var response = await http.SendAsync(message, cancellationToken);
            if (response.IsSuccessStatusCode)
                return response;
            using (response)
            {
                var operation = response.Headers.TryGetValues("X-Correlating-OperationId", out var ids) ? ids.FirstOrDefault() : null;
                if (!IsTransient(response.StatusCode) || attempt >= options.ConnectorMaxAttempts)
                {
                    LogGaveUp(logger, message.Method, message.RequestUri?.AbsolutePath, (int)response.StatusCode, attempt, operation);
                    throw new ConnectorException($"Connector {message.Method} answered {(int)response.StatusCode} after {attempt} attempt(s).", response.StatusCode, attempt);
                }

                var delay = Delay(response, attempt);
                LogRetrying(logger, message.Method, (int)response.StatusCode, attempt, delay.TotalMilliseconds, operation);
                await Task.Delay(delay, time, cancellationToken);
            }
        }
    }

    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private TimeSpan Delay(HttpResponseMessage response, int attempt)
    {
        var retryAfter = response.Headers.RetryAfter;
        var server = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - time.GetUtcNow() : null);
        if (server is { } wait && wait >= TimeSpan.Zero)
            return wait > options.ConnectorMaxRetryAfter ? options.ConnectorMaxRetryAfter : wait;
        var backoff = options.ConnectorRetryBaseDelay * Math.Pow(2, attempt - 1);
        return backoff * (0.8 + (0.4 * Random.Shared.NextDouble()));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector {Method} answered {Status} (attempt {Attempt}), retrying in {DelayMs} ms; operation {OperationId}")]
    private static partial void LogRetrying(ILogger logger, HttpMethod method, int status, int attempt, double delayMs, string? operationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Connector {Method} {Path} failed with {Status} after {Attempts} attempt(s), giving up; operation {OperationId}")]
    private static partial void LogGaveUp(ILogger logger, HttpMethod method, string? path, int status, int attempts, string? operationId);
}
