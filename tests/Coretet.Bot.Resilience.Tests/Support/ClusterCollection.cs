namespace Coretet.Bot.Resilience.Tests.Support;

/// <summary>The scenarios run one after the other (they load the machine and some of them pause Azurite).</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
