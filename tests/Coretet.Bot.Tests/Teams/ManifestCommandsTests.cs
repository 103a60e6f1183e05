using Coretet.Bot.Dialogs.Routing;

namespace Coretet.Bot.Tests.Teams;

/// <summary>
/// The command menu Teams shows (bots[0].commandLists, from manifest/commands.json) against the commands the host's
/// DialogRouter really handles: every packaged title in both languages must be a whole command.
/// </summary>
[Collection(TeamsPackageCollection.Name)]
public sealed class ManifestCommandsTests : IClassFixture<HostRouter>
{
    private readonly DialogRouter router;
    private readonly BuiltTeamsPackage built;

    public ManifestCommandsTests(HostRouter host, BuiltTeamsPackage built)
    {
        router = host.Router;
        this.built = built;
    }

    private TeamsPackage Package => built.Package;

    [Fact]
    public void CommandLists_EveryPackagedTitleInBothLanguages_IsHandledByTheBot()
    {
        Assert.True(built.Result.ExitCode == 0, built.Result.ToString());
        var manifest = Package.ReadFromZip("manifest.json");
        var titles = manifest["bots"]![0]!["commandLists"]!.AsArray()
            .SelectMany(list => list!["commands"]!.AsArray().Select(c => (string)c!["title"]!))
            .Concat(new[] { "fr.json", "en.json" }.SelectMany(file => Package.ReadFromZip(file)
                .Where(p => p.Key.EndsWith(".title", StringComparison.Ordinal)).Select(p => (string)p.Value!)))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.NotEmpty(titles);
        Assert.All(titles, title => Assert.True(Handles(title),
            $"The Teams command menu lists \"{title}\" but the bot's DialogRouter does not handle it (manifest/commands.json)."));
    }

    [Fact]
    public void CommandLists_EveryScope_ListsTheReadyCommandsOfCommandsJsonInOrder()
    {
        Assert.True(built.Result.ExitCode == 0, built.Result.ToString());
        var ready = CommandsJson.Entries().Where(c => c["pending"] is null).Select(c => (string)c["fr"]!["title"]!).ToList();

        var lists = Package.ReadFromZip("manifest.json")["bots"]![0]!["commandLists"]!.AsArray();

        Assert.Equal(["personal", "team", "groupChat"], lists.Select(l => (string)l!["scopes"]![0]!));
        Assert.All(lists, list => Assert.Equal(ready, list!["commands"]!.AsArray().Select(c => (string)c!["title"]!)));
    }

    [Fact]
    public void CommandsJson_FrenchAndEnglishTitlesOfAReadyCommand_NameTheSameBotCommand()
    {
        var ready = CommandsJson.Entries().Where(c => c["pending"] is null).ToList();

        Assert.NotEmpty(ready);
        Assert.All(ready, c => Assert.Same(router.Parse((string)c["fr"]!["title"]!)?.Command, router.Parse((string)c["en"]!["title"]!)?.Command));
    }

    [Fact]
    public void CommandsJson_PendingCommand_IsNotHandledYet()
    {
        var nowHandled = CommandsJson.Entries()
            .Where(c => c["pending"] is not null && (Handles((string)c["fr"]!["title"]!) || Handles((string)c["en"]!["title"]!)))
            .Select(c => (string)c["fr"]!["title"]!)
            .ToList();

        Assert.True(nowHandled.Count == 0,
            $"The bot now handles {string.Join(", ", nowHandled)}: remove \"pending\" from these entries of manifest/commands.json so that Teams lists them.");
    }

    private bool Handles(string title) => router.Parse(title) is { Arguments.Length: 0 };
}
