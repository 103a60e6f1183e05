using Coretet.Bot.Tests.Support;

namespace Coretet.Bot.Tests.Teams;

/// <summary>
/// One copy of manifest/ broken in several independent ways (no bot id, unknown manifest version, a non-semver app
/// version, the colour icon as outline, an unknown localization key), packaged once: the validator reports every
/// error at once, and each test checks its own message.
/// </summary>
public sealed class BrokenTeamsPackage : IAsyncLifetime
{
    public TeamsPackage Package { get; } = new();

    public NodeResult Result { get; private set; } = new(-1, "", "");

    public async Task InitializeAsync()
    {
        Package.EditManifest(m =>
        {
            m["bots"]![0]!.AsObject().Remove("botId");
            m["manifestVersion"] = "1.99";
        });
        Package.EditJson("en.json", strings => strings["bots[0].commandLists[7].commands[0].title"] = "help");
        File.Copy(Path.Combine(Package.ManifestDir, "color.png"), Path.Combine(Package.ManifestDir, "outline.png"), overwrite: true);
        Result = await Package.BuildAsync(TeamsPackage.Environment(("APP_VERSION", "1.0")));
    }

    public Task DisposeAsync()
    {
        Package.Dispose();
        return Task.CompletedTask;
    }
}
