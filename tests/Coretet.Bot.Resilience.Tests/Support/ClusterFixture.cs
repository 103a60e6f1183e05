namespace Coretet.Bot.Resilience.Tests.Support;

/// <summary>One three-instance cluster shared by the scenarios of <see cref="ClusterCollection"/>; each scenario leaves it healthy.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private BotCluster? cluster;

    public BotCluster Cluster => cluster ?? throw new InvalidOperationException("The cluster has not started.");

    public async Task InitializeAsync() => cluster = await BotCluster.StartAsync();

    public async Task DisposeAsync()
    {
        if (cluster is not null)
            await cluster.DisposeAsync();
    }
}
