using System.Net;
using System.Text;
using Coretet.Bot.Channels.BotFramework;
using Coretet.Bot.Channels.BotFramework.Outbound;
using Coretet.Bot.Channels.BotFramework.Schema;
using Microsoft.Extensions.Logging.Abstractions;

namespace Coretet.Bot.Tests.BotFramework;

/// <summary>
/// Which Connector calls share a Teams per-thread budget. The clock is frozen: a call paced behind another waits for
/// a slot that never comes, so "completed" means "not paced" and "pending" means "paced".
/// </summary>
public class ConnectorPacingTests
{
    private const string ServiceUrl = "https://smba.example/teams/";

    [Fact]
    public async Task CreateConversation_SeventyPeopleOfOneTenant_NoneWaitsForAnother()
    {
        var (client, handler) = Client();

        var opened = Enumerable.Range(0, 70).Select(i => client.CreateConversationAsync(ServiceUrl, Personal("tenant-1", $"29:user-{i}"), default)).ToList();
        await Task.WhenAll(opened).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(70, handler.Requests);
    }

    [Fact]
    public async Task CreateConversation_SamePersonTenTimes_PacedLikeOneThread()
    {
        var (client, handler) = Client();

        using var stop = new CancellationTokenSource();
        var opened = Enumerable.Range(0, 10).Select(_ => client.CreateConversationAsync(ServiceUrl, Personal("tenant-1", "29:alice"), stop.Token)).ToList();
        await Task.WhenAll(opened.Take(6)).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.All(opened.Skip(6), o => Assert.False(o.IsCompleted));
        Assert.Equal(6, handler.Requests);
        await stop.CancelAsync();
    }

    [Fact]
    public void CreateLimitKey_SameMembersOtherTenant_IsAnotherThread()
    {
        var here = ConnectorClient.CreateLimitKey(Personal("tenant-1", "29:alice"));

        Assert.Equal(here, ConnectorClient.CreateLimitKey(Personal("tenant-1", "29:alice")));
        Assert.NotEqual(here, ConnectorClient.CreateLimitKey(Personal("tenant-2", "29:alice")));
        Assert.NotEqual(here, ConnectorClient.CreateLimitKey(Personal("tenant-1", "29:bob")));
    }

    private static ConversationParameters Personal(string tenant, string user) =>
        new() { TenantId = tenant, Bot = new ChannelAccount { Id = "28:bot" }, Members = [new ChannelAccount { Id = user }] };

    private static (ConnectorClient Client, CountingHandler Handler) Client()
    {
        var time = new FrozenTime();
        var handler = new CountingHandler();
        var retries = new ConnectorRetryPolicy(new BotFrameworkOptions(), time, NullLogger<ConnectorRetryPolicy>.Instance);
        var client = new ConnectorClient(new HttpClient(handler), new NoToken(), retries, new ConversationRateLimiter(time));
        return (client, handler);
    }

    private sealed class CountingHandler : HttpMessageHandler
    {
        private int requests;

        public int Requests => Volatile.Read(ref requests);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var n = Interlocked.Increment(ref requests);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.Created)
            {
                Content = new StringContent($"{{\"id\":\"a:chat-{n}\"}}", Encoding.UTF8, "application/json"),
            });
        }
    }

    private sealed class NoToken : IConnectorTokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
    }

    /// <summary>A clock that never moves: timers it creates never fire.</summary>
    private sealed class FrozenTime : TimeProvider
    {
        private readonly DateTimeOffset now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => now;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) => new NeverFires();
    }

    private sealed class NeverFires : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
