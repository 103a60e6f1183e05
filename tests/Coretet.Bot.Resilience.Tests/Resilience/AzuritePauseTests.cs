using Coretet.Bot.Resilience.Tests.Support;
using Coretet.Bot.Tests.Processes;

namespace Coretet.Bot.Resilience.Tests.Resilience;

/// <summary>
/// Azurite frozen (SIGSTOP) for 10 s in the middle of traffic, then thawed (SIGCONT, its in-memory data intact). This
/// cluster bounds each storage request to 2 s with one retry, so that turns needing storage answer "try again
/// shortly" during the pause instead of waiting for it.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class AzuritePauseTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Traffic_AzuritePausedTenSeconds_NoServerErrorEveryAllyAnsweredAndServiceResumes()
    {
        var pid = ResilienceSettings.AzuritePid;
        await using var cluster = await BotCluster.StartAsync(settings: new Dictionary<string, string>
        {
            ["Storage__NetworkTimeout"] = "00:00:02",
            ["Storage__MaxRetries"] = "1",
        });
        var users = Enumerable.Range(0, ResilienceSettings.Allies).Select(i => cluster.User(30_000 + i)).ToList();
        Task? pause = null;

        var answers = await Traffic.RunAsync(users, u => cluster.SendAsync(u, "aide"), done =>
        {
            if (done == users.Count / 3)
                pause = PauseAsync(pid);
        });
        await (pause ?? Task.CompletedTask);

        output.WriteLine($"Azurite paused {Pause.TotalSeconds:F0} s: statuses {string.Join(", ", answers.GroupBy(a => a.Status).Select(g => $"{g.Key} x {g.Count()}"))}");
        Assert.NotNull(pause);
        Assert.All(answers, a => Assert.Equal(200, a.Status));
        Assert.All(users, u => Assert.Single(cluster.Delivered(u)));
        Assert.DoesNotContain("Unhandled exception", cluster.Output, StringComparison.Ordinal);

        // Service resumes: new turns are answered and stored again.
        var after = Enumerable.Range(0, 6).Select(i => cluster.User(39_000 + i)).ToList();
        var resumed = await Traffic.RunAsync(after, u => cluster.SendAsync(u, "aide"));
        Assert.All(resumed, a => Assert.Equal(200, a.Status));
        Assert.Empty(await new SharedTables().MissingReferencesAsync(after));
    }

    private static async Task PauseAsync(int pid)
    {
        ProcessSignals.Pause(pid);
        try
        {
            await Task.Delay(Pause);
        }
        finally
        {
            ProcessSignals.Resume(pid);
        }
    }
}
