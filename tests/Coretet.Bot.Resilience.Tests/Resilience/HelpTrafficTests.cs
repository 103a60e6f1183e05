using Coretet.Bot.Resilience.Tests.Support;

namespace Coretet.Bot.Resilience.Tests.Resilience;

[Collection(ClusterCollection.Name)]
public sealed class HelpTrafficTests(ClusterFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task HelpCommand_AlliesAlternatingOverThreeInstances_EachAnsweredOnceAndEveryReferenceShared()
    {
        var cluster = fixture.Cluster;
        var users = Enumerable.Range(0, ResilienceSettings.Allies).Select(i => cluster.User(i, i % 2 == 0 ? "fr-FR" : "en-US")).ToList();
        var started = System.Diagnostics.Stopwatch.StartNew();

        var answers = await Traffic.RunAsync(users, u => cluster.SendAsync(u, u.Locale == "fr-FR" ? "aide" : "help"));

        output.WriteLine($"help: {users.Count} allies over {cluster.Instances.Count} instances in {started.Elapsed.TotalSeconds:F1} s ({users.Count / started.Elapsed.TotalSeconds:F0} turns/s)");
        Assert.All(answers, a => Assert.Equal(200, a.Status));
        Assert.Equal(users.Count, answers.Count(a => a.Replies.Count == 1));
        Assert.All(answers.Where((_, i) => i % 2 == 0), a => Assert.Contains("Ce que je sais faire", a.Text, StringComparison.Ordinal));
        Assert.All(answers.Where((_, i) => i % 2 == 1), a => Assert.Contains("What I can do", a.Text, StringComparison.Ordinal));
        Assert.All(users, u => Assert.Single(cluster.Delivered(u)));
        Assert.All(Enumerable.Range(0, cluster.Instances.Count), i => Assert.True(answers.Count(a => a.Instance == i) >= users.Count / cluster.Instances.Count));
        Assert.Empty(await new SharedTables().MissingReferencesAsync(users));
    }
}
