namespace Coretet.Bot.Tests.Teams;

[CollectionDefinition(Name)]
public sealed class TeamsPackageCollection : ICollectionFixture<BuiltTeamsPackage>
{
    public const string Name = "Teams package";
}
