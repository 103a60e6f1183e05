using System.Net;
using Coretet.Bot.Resilience.Tests.Support;
using Coretet.Bot.Tests.Support;

namespace Coretet.Bot.Resilience.Tests.Resilience;

[Collection(ClusterCollection.Name)]
public sealed class ConnectorBurstTests(ClusterFixture fixture, ITestOutputHelper output)
{
    /// <summary>Fewer failures per burst than the bot's attempts per message (5), so that no message can run out of attempts.</summary>
    private const int Burst = 4;

    [Fact]
    public async Task Replies_ConnectorAnswers429And503Bursts_EachDeliveredExactlyOnce()
    {
        var cluster = fixture.Cluster;
        var connector = cluster.Connector;
        var mark = connector.LastSequence;
        var users = Enumerable.Range(0, ResilienceSettings.Allies).Select(i => cluster.User(20_000 + i)).ToList();
        static bool IsMessage(ConnectorOperation o) => o is ConnectorOperation.Send or ConnectorOperation.Reply;

        connector.FailNext(Burst, HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(1), IsMessage);
        var first = await Traffic.RunAsync(users.Take(users.Count / 2).ToList(), u => cluster.SendAsync(u, "aide"));
        connector.FailNext(Burst, HttpStatusCode.ServiceUnavailable, when: IsMessage);
        var second = await Traffic.RunAsync(users.Skip(users.Count / 2).ToList(), u => cluster.SendAsync(u, "aide"));

        var calls = connector.CallsSince(mark);
        output.WriteLine($"connector bursts: {calls.Count(c => c.Status == 429)} x 429, {calls.Count(c => c.Status == 503)} x 503, {calls.Count(c => c.Succeeded)} delivered");
        Assert.All(first.Concat(second), a => Assert.Equal(200, a.Status));
        Assert.Equal(Burst, calls.Count(c => c.Status == 429));
        Assert.Equal(Burst, calls.Count(c => c.Status == 503));
        Assert.All(users, u => Assert.Single(cluster.Delivered(u)));
        Assert.Equal(users.Count, calls.Count(c => c.Succeeded && IsMessage(c.Operation)));
    }
}
