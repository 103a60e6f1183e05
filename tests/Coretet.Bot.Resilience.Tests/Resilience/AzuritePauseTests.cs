using Coretet.Bot.Resilience.Tests.Support;
using Coretet.Bot.Tests.Processes;
using Coretet.Bot.Tests.Support;

namespace Coretet.Bot.Resilience.Tests.Resilience;

/// <summary>
/// Azurite frozen (SIGSTOP) for 10 s in the middle of signatures, then thawed (SIGCONT, its in-memory data intact).
/// This cluster bounds each storage request to 2 s with one retry, so that turns answer "try again shortly" during
/// the pause instead of waiting for it; requests already sent are applied by Azurite when it resumes.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class AzuritePauseTests(ITestOutputHelper output)
{
    private const string TryAgain = "Réessayez dans quelques instants";

    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Signatures_AzuritePausedTenSeconds_TryAgainShortlyNoServerErrorEachAllySignedOnce()
    {
        var pid = ResilienceSettings.AzuritePid;
        await using var cluster = await BotCluster.StartAsync(settings: new Dictionary<string, string>
        {
            ["Storage__NetworkTimeout"] = "00:00:02",
            ["Storage__MaxRetries"] = "1",
        });
        var alliance = await ClusterAlliance.CreateAsync(cluster, 30_000, ResilienceSettings.Allies);
        var newcomers = Enumerable.Range(0, ResilienceSettings.Allies).Select(i => cluster.User(35_000 + i)).ToList();
        Task? pause = null;

        // Allies re-read the charter (reads), newcomers read and sign it (writes) until the card shows them signed.
        var everyone = alliance.Allies.Concat(newcomers).ToList();
        var turns = await Traffic.RunAsync(everyone, u => UntilSignedAsync(alliance, u), done =>
        {
            if (done == everyone.Count / 4)
                pause = PauseAsync(pid);
        });
        await (pause ?? Task.CompletedTask);

        var answers = turns.SelectMany(t => t).ToList();
        var tryAgain = answers.Count(a => a.Text.Contains(TryAgain, StringComparison.Ordinal));
        output.WriteLine($"Azurite paused {Pause.TotalSeconds:F0} s: {answers.Count} turns, statuses {string.Join(", ", answers.GroupBy(a => a.Status).Select(g => $"{g.Key} x {g.Count()}"))}, {tryAgain} x \"try again shortly\"");
        Assert.NotNull(pause);
        Assert.All(answers, a => Assert.Equal(200, a.Status));
        Assert.True(tryAgain > 0, "no turn met the pause");
        Assert.All(turns, t => Assert.True(t.Count < Attempts, "an ally never managed to sign"));
        var list = await alliance.AlliesListAsync();
        var expected = alliance.Allies.Count + newcomers.Count + 1; // and the facilitator
        Assert.Contains($"Ont confirmé la version 1: {expected}", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", cluster.Output, StringComparison.Ordinal);
    }

    private const int Attempts = 20;

    /// <summary>Reads the charter in the ally's channel and signs it, retrying after "try again shortly", until the card has no sign button.</summary>
    private static async Task<IReadOnlyList<Answer>> UntilSignedAsync(ClusterAlliance alliance, TeamsUser user)
    {
        var answers = new List<Answer>();
        while (answers.Count < Attempts)
        {
            var read = await alliance.Cluster.SendAsync(user, "charte", alliance.ChannelOf(user));
            answers.Add(read);
            var card = read.Replies.FirstOrDefault(r => r.IsCard);
            if (card is not null && !card.Buttons.Contains("Je signe"))
                break;
            if (card is null)
            {
                await Task.Delay(500);
                continue;
            }

            answers.Add(await alliance.Cluster.ClickAsync(user, card, "Je signe", new Dictionary<string, string> { ["engagement"] = "supporter" }));
        }

        return answers;
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
