using Coretet.Bot.Tests.Support;

namespace Coretet.Bot.Tests.Teams;

/// <summary>The real manifest/ folder packaged once for the whole "Teams package" collection (packaging takes a second or two).</summary>
public sealed class BuiltTeamsPackage : IAsyncLifetime
{
    public TeamsPackage Package { get; } = new();

    public NodeResult Result { get; private set; } = new(-1, "", "");

    public async Task InitializeAsync() => Result = await Package.BuildAsync();

    public Task DisposeAsync()
    {
        Package.Dispose();
        return Task.CompletedTask;
    }
}
