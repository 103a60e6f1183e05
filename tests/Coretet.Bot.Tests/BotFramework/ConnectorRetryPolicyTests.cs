using System.Net;
using Coretet.Bot.Channels.BotFramework;
using Coretet.Bot.Channels.BotFramework.Outbound;
using Microsoft.Extensions.Logging.Abstractions;

namespace Coretet.Bot.Tests.BotFramework;

public class ConnectorRetryPolicyTests
{
    private static readonly Uri Target = new("http://127.0.0.1:9/v3/conversations/c1/activities");

    [Fact]
    public async Task Post_ConnectionRefusedThenOk_IsRetriedAndSucceeds()
    {
        var handler = new ScriptedHandler(Refused(), Refused(), Ok());

        using var response = await SendAsync(handler, HttpMethod.Post);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, handler.Attempts);
    }

    [Fact]
    public async Task Post_ResetAfterSending_IsNotRetriedSoNothingIsPostedTwice()
    {
        var handler = new ScriptedHandler(Reset(), Ok());

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => SendAsync(handler, HttpMethod.Post));

        Assert.Equal(1, handler.Attempts);
        Assert.IsType<HttpRequestException>(failure.InnerException);
        Assert.Null(failure.Status);
    }

    [Fact]
    public async Task Put_TimeoutThenOk_IsRetriedBecauseAnUpdateIsIdempotent()
    {
        var handler = new ScriptedHandler(Timeout(), Reset(), Ok());

        using var response = await SendAsync(handler, HttpMethod.Put);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, handler.Attempts);
    }

    [Fact]
    public async Task Post_RefusedEveryTime_GivesUpAfterMaxAttempts()
    {
        var handler = new ScriptedHandler(Enumerable.Range(0, 10).Select(_ => Refused()).ToArray());

        await Assert.ThrowsAsync<ConnectorException>(() => SendAsync(handler, HttpMethod.Post));

        Assert.Equal(3, handler.Attempts);
    }

    [Fact]
    public async Task Send_CallerCancels_IsNotRetriedAndCancellationSurfaces()
    {
        using var cancel = new CancellationTokenSource();
        var handler = new ScriptedHandler(() =>
        {
            cancel.Cancel();
            throw new TaskCanceledException();
        }, Ok());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SendAsync(handler, HttpMethod.Put, cancel.Token));

        Assert.Equal(1, handler.Attempts);
    }

    private static async Task<HttpResponseMessage> SendAsync(ScriptedHandler handler, HttpMethod method, CancellationToken cancellationToken = default)
    {
        var options = new BotFrameworkOptions { ConnectorMaxAttempts = 3, ConnectorRetryBaseDelay = TimeSpan.FromMilliseconds(1) };
        var policy = new ConnectorRetryPolicy(options, TimeProvider.System, NullLogger<ConnectorRetryPolicy>.Instance);
        using var http = new HttpClient(handler);
        return await policy.SendAsync(http, () => new HttpRequestMessage(method, Target), cancellationToken);
    }

    private static Func<HttpResponseMessage> Ok() => () => new HttpResponseMessage(HttpStatusCode.OK);

    private static Func<HttpResponseMessage> Refused() =>
        () => throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused");

    private static Func<HttpResponseMessage> Reset() =>
        () => throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely");

    private static Func<HttpResponseMessage> Timeout() =>
        () => throw new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout", new TimeoutException());

    private sealed class ScriptedHandler(params Func<HttpResponseMessage>[] script) : HttpMessageHandler
    {
        public int Attempts { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var step = script[Math.Min(Attempts, script.Length - 1)];
            Attempts++;
            return Task.FromResult(step());
        }
    }
}
