using Coretet.Bot.Resilience.Tests.Support;

namespace Coretet.Bot.Resilience.Tests.Resilience;

[Collection(ClusterCollection.Name)]
public sealed class InstanceKillTests(ClusterFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task HelpCommand_OneInstanceKilledHalfwayAndRestarted_EveryAllyAnsweredAndNothingAcknowledgedLost()
    {
        var cluster = fixture.Cluster;
        var victim = cluster.Instances[1];
        var users = Enumerable.Range(0, ResilienceSettings.Allies).Select(i => cluster.User(10_000 + i)).ToList();
        var killed = 0;

        var attempts = await Traffic.RunAsync(users, u => Traffic.UntilAcknowledgedAsync(() => cluster.SendAsync(u, "aide")), done =>
        {
            if (done == users.Count / 2 && Interlocked.Exchange(ref killed, 1) == 0)
                victim.Kill();
        });
        var restart = await victim.StartAsync();

        var retried = attempts.Count(a => a.Count > 1);
        output.WriteLine($"kill -9 of {victim.Name} halfway: {retried} of {users.Count} allies retried; restarted in {restart.TotalSeconds:F1} s");
        Assert.All(attempts, a => Assert.True(a[^1].Acknowledged, $"never acknowledged after {a.Count} attempts"));
        Assert.True(retried > 0, "no request met the killed instance");
        for (var i = 0; i < users.Count; i++)
        {
            // Exactly one answer per acknowledgement; a request lost with the process may have answered before dying.
            var delivered = cluster.Delivered(users[i]).Count;
            Assert.InRange(delivered, 1, attempts[i].Count);
            if (attempts[i].Count == 1)
                Assert.Equal(1, delivered);
        }

        Assert.Empty(await new SharedTables().MissingReferencesAsync(users));
        var after = cluster.User(19_999);
        var answer = await cluster.SendAsync(1, after, "aide");
        Assert.Equal(200, answer.Status);
        Assert.Single(answer.Replies);
        Assert.True(await cluster.AllHealthyAsync());
    }
}
