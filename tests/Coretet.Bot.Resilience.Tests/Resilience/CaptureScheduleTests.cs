using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Coretet.Bot.Resilience.Tests.Support;
using Coretet.Bot.Tests.Support;

namespace Coretet.Bot.Resilience.Tests.Resilience;

/// <summary>
/// Capture schedules on the three instances, in real time: the facilitator plans two daily cron schedules due a few
/// seconds ahead through one instance; the others pick them up with their trigger sync (every
/// <see cref="ClusterFixture.TriggerSyncInterval"/> in this suite); every instance's own Quartz trigger fires each
/// occurrence, and the claims leave one prompt per ally per occurrence.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed partial class CaptureScheduleTests(ClusterFixture fixture, ITestOutputHelper output)
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>Enough for the instance that took the command to answer and for the others to sync twice.</summary>
    private static readonly TimeSpan Lead = TimeSpan.FromSeconds(6);

    [Fact]
    public async Task CaptureSchedules_FiringOnAllThreeInstances_EachAllyPromptedOncePerOccurrence()
    {
        var cluster = fixture.Cluster;
        var alliance = await ClusterAlliance.CreateAsync(cluster, 60_000, Math.Max(1, ResilienceSettings.Allies / 4));
        var recipients = alliance.Allies.Prepend(alliance.Facilitator).ToList();
        var first = DateTimeOffset.UtcNow.Add(Lead);
        first = new DateTimeOffset(first.Year, first.Month, first.Day, first.Hour, first.Minute, first.Second, TimeSpan.Zero);
        var occurrences = new[] { first, first.AddSeconds(2) };
        var ids = new List<string>();
        try
        {
            foreach (var at in occurrences)
                ids.Add(await PlanAsync(alliance, at));
            var clock = Stopwatch.StartNew();
            await WaitForAllInstancesAsync(cluster, ids, first + Lead + TimeSpan.FromSeconds(40));

            foreach (var (id, at) in ids.Zip(occurrences))
            {
                var prompts = cluster.Connector.Calls.Where(c => IsPrompt(c, id)).ToList();
                output.WriteLine($"capture {id} due {at:HH:mm:ss}Z: {prompts.Count} prompts for {recipients.Count} allies, fired by {cluster.Instances.Count} instances");
                Assert.All(recipients, r => Assert.Single(prompts, p => p.ConversationId == FakeConnector.PersonalConversationId(r.Id)));
                Assert.Equal(recipients.Count, prompts.Count);
            }

            output.WriteLine($"capture: every instance done with both occurrences {clock.Elapsed.TotalSeconds:F1} s after the second schedule was planned");
        }
        finally
        {
            foreach (var id in ids)
                await cluster.SendAsync(alliance.Facilitator, $"supprimer capture {id}", alliance.General);
        }
    }

    /// <summary>A daily cron at <paramref name="at"/>'s second (in the alliance's zone): its first occurrence is <paramref name="at"/>.</summary>
    private static async Task<string> PlanAsync(ClusterAlliance alliance, DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, Paris);
        var cron = string.Create(CultureInfo.InvariantCulture, $"{local.Second} {local.Minute} {local.Hour} ? * *");
        var answer = await alliance.Cluster.SendAsync(alliance.Facilitator, $"planifier capture tous cron {cron}", alliance.General);
        var id = ScheduleId().Match(answer.Text);
        return answer.Acknowledged && id.Success ? id.Groups[1].Value : throw new InvalidOperationException($"Planning was answered {answer.Status}: {answer.Text}");
    }

    /// <summary>Until every instance logged each schedule's run (its fan-out is then over: nothing can arrive later).</summary>
    private static async Task WaitForAllInstancesAsync(BotCluster cluster, IReadOnlyList<string> ids, DateTimeOffset deadline)
    {
        bool Done() => cluster.Instances.All(i => ids.All(id => i.Output.Contains($"Capture schedule {id} occurrence", StringComparison.Ordinal)));
        while (!Done() && DateTimeOffset.UtcNow < deadline)
            await Task.Delay(100);
        Assert.True(Done(), $"Not every instance fired every schedule:\n{cluster.Output}");
    }

    private static bool IsPrompt(ConnectorCall call, string scheduleId) =>
        call.Operation == ConnectorOperation.Send && call.Succeeded && call.Body.Contains(scheduleId + "@", StringComparison.Ordinal);

    [GeneratedRegex(@"\*\*([0-9a-f]{8})\*\*")]
    private static partial Regex ScheduleId();
}
