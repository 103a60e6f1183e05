using System.Net;

namespace Coretet.Bot.Channels.BotFramework.Outbound;

/// <summary>
/// Teams' backoff rules (fact sheet §3.5, §5): honour Retry-After on 429; otherwise exponential backoff with
/// jitter; retry 429, 412, 502, 503, 504 at most <see cref="BotFrameworkOptions.ConnectorMaxAttempts"/> times.
/// Network failures are retried the same way when a retry cannot post a message twice: a connection that was never
/// made (refused, name not resolved) for any call, and any network error or timeout for idempotent calls (PUT,
/// DELETE, GET). A POST whose request may have reached the Connector is not retried. Other failures are not
/// retried. Gives up with a logged error and a <see cref="ConnectorException"/>.
/// </summary>
public sealed partial class ConnectorRetryPolicy(BotFrameworkOptions options, TimeProvider time, ILogger<ConnectorRetryPolicy> logger)
{
    public async Task<HttpResponseMessage> SendAsync(HttpClient http, Func<HttpRequestMessage> request, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var message = request();
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(message, cancellationToken);
            }
            catch (Exception failure) when (IsNetworkFailure(failure, cancellationToken))
            {
                await Task.Delay(NetworkRetryDelay(message, failure, attempt), time, cancellationToken);
                continue;
            }

            if (response.IsSuccessStatusCode)
                return response;
            TimeSpan delay;
            using (response)
                delay = StatusRetryDelay(message, response, attempt);
            await Task.Delay(delay, time, cancellationToken);
        }
    }

    /// <summary>How long to wait before retrying a failed status; throws when the status is final or attempts are spent.</summary>
    private TimeSpan StatusRetryDelay(HttpRequestMessage message, HttpResponseMessage response, int attempt)
    {
        var operation = response.Headers.TryGetValues("X-Correlating-OperationId", out var ids) ? ids.FirstOrDefault() : null;
        if (!IsTransient(response.StatusCode) || attempt >= options.ConnectorMaxAttempts)
        {
            LogGaveUp(logger, message.Method, message.RequestUri?.AbsolutePath, (int)response.StatusCode, attempt, operation);
            throw new ConnectorException($"Connector {message.Method} answered {(int)response.StatusCode} after {attempt} attempt(s).", response.StatusCode, attempt);
        }

        var delay = Delay(response, attempt);
        LogRetrying(logger, message.Method, (int)response.StatusCode, attempt, delay.TotalMilliseconds, operation);
        return delay;
    }

    /// <summary>How long to wait before retrying a network failure; throws when a retry could post twice or attempts are spent.</summary>
    private TimeSpan NetworkRetryDelay(HttpRequestMessage message, Exception failure, int attempt)
    {
        if (!CanRetry(failure, message.Method) || attempt >= options.ConnectorMaxAttempts)
        {
            LogNetworkGaveUp(logger, message.Method, message.RequestUri?.AbsolutePath, failure.GetType().Name, attempt);
            throw new ConnectorException($"Connector {message.Method} failed on the network after {attempt} attempt(s).", failure);
        }

        var delay = Backoff(attempt);
        LogNetworkRetrying(logger, message.Method, failure.GetType().Name, attempt, delay.TotalMilliseconds);
        return delay;
    }

    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>A failure of the transport (not the caller cancelling): connection, DNS, reset, or the client's timeout.</summary>
    private static bool IsNetworkFailure(Exception failure, CancellationToken cancellationToken) =>
        failure is HttpRequestException || (failure is TaskCanceledException && !cancellationToken.IsCancellationRequested);

    /// <summary>True when retrying cannot deliver the same message twice.</summary>
    public static bool CanRetry(Exception failure, HttpMethod method)
    {
        if (method == HttpMethod.Put || method == HttpMethod.Delete || method == HttpMethod.Get)
            return true;
        return failure is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError };
    }

    private TimeSpan Backoff(int attempt)
    {
        var backoff = options.ConnectorRetryBaseDelay * Math.Pow(2, attempt - 1);
        return backoff * (0.8 + (0.4 * Random.Shared.NextDouble()));
    }

    private TimeSpan Delay(HttpResponseMessage response, int attempt)
    {
        var retryAfter = response.Headers.RetryAfter;
        var server = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - time.GetUtcNow() : null);
        if (server is { } wait && wait >= TimeSpan.Zero)
            return wait > options.ConnectorMaxRetryAfter ? options.ConnectorMaxRetryAfter : wait;
        return Backoff(attempt);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector {Method} answered {Status} (attempt {Attempt}), retrying in {DelayMs} ms; operation {OperationId}")]
    private static partial void LogRetrying(ILogger logger, HttpMethod method, int status, int attempt, double delayMs, string? operationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Connector {Method} {Path} failed with {Status} after {Attempts} attempt(s), giving up; operation {OperationId}")]
    private static partial void LogGaveUp(ILogger logger, HttpMethod method, string? path, int status, int attempts, string? operationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector {Method} failed on the network ({Failure}, attempt {Attempt}), retrying in {DelayMs} ms")]
    private static partial void LogNetworkRetrying(ILogger logger, HttpMethod method, string failure, int attempt, double delayMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Connector {Method} {Path} failed on the network ({Failure}) after {Attempts} attempt(s), giving up")]
    private static partial void LogNetworkGaveUp(ILogger logger, HttpMethod method, string? path, string failure, int attempts);
}
