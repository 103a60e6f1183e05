namespace Coretet.Bot.Resilience.Tests.Support;

/// <summary>One three-instance cluster shared by the scenarios of <see cref="ClusterCollection"/>; each scenario leaves it healthy.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    /// <summary>How often each instance rebuilds its capture triggers from the table (1 min in production), so that a schedule planned on one instance fires on all three within seconds.</summary>
    public static readonly TimeSpan TriggerSyncInterval = TimeSpan.FromSeconds(2);

    private BotCluster? cluster;

    public BotCluster Cluster => cluster ?? throw new InvalidOperationException("The cluster has not started.");

    public async Task InitializeAsync() => cluster = await BotCluster.StartAsync(settings: new Dictionary<string, string>
    {
        ["Capture__TriggerSyncInterval"] = TriggerSyncInterval.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
    });

    public async Task DisposeAsync()
    {
        if (cluster is not null)
            await cluster.DisposeAsync();
    }
}
