using System.IO.Compression;
using System.Text.Json.Nodes;
using Coretet.Bot.Tests.Support;

namespace Coretet.Bot.Tests.Teams;

/// <summary>Runs scripts/teams/package.js on the real manifest/ folder or on a broken copy of it, in a temporary folder.</summary>
public sealed class TeamsPackage : IDisposable
{
    public const string AppId = "5b3a9a52-8c3e-4b43-9f0e-1f6c2a7d9e41";
    public const string BotId = "0d6f8f7e-3c2b-4a19-8e5d-7b6a5c4d3e2f";
    public const string BotDomain = "coretet-test.euw.devtunnels.ms";

    public TeamsPackage()
    {
        Folder = Directory.CreateTempSubdirectory("coretet-teams-test-").FullName;
        ManifestDir = Path.Combine(Folder, "manifest");
        Directory.CreateDirectory(ManifestDir);
        foreach (var file in Directory.GetFiles(RepositoryPaths.Path("manifest")))
            File.Copy(file, Path.Combine(ManifestDir, Path.GetFileName(file)));
    }

    public string Folder { get; }

    /// <summary>A copy of manifest/ that a test may break.</summary>
    public string ManifestDir { get; }

    public string ZipPath => Path.Combine(Folder, "coretet-bot.zip");

    /// <summary>The placeholders a developer sets; a test overrides or removes (null) some of them.</summary>
    public static Dictionary<string, string?> Environment(params (string Key, string? Value)[] overrides)
    {
        var values = new Dictionary<string, string?>
        {
            ["TEAMS_APP_ID"] = AppId, ["BOT_ID"] = BotId, ["BOT_DOMAIN"] = BotDomain, ["MicrosoftAppId"] = null, ["APP_VERSION"] = null,
        };
        foreach (var (key, value) in overrides)
            values[key] = value;
        return values;
    }

    public Task<NodeResult> BuildAsync(Dictionary<string, string?>? environment = null) =>
        NodeScript.RunAsync("scripts/teams/package.js", ["--manifest-dir", ManifestDir, "--out", ZipPath], environment ?? Environment());

    public static Task<NodeResult> CheckAsync(string extractedDir) =>
        NodeScript.RunAsync("scripts/teams/package.js", ["--check", extractedDir]);

    public void EditManifest(Action<JsonObject> edit) => EditJson("manifest.json", edit);

    public void EditJson(string file, Action<JsonObject> edit)
    {
        var path = Path.Combine(ManifestDir, file);
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        edit(json);
        File.WriteAllText(path, json.ToJsonString());
    }

    public string Extract()
    {
        var target = Path.Combine(Folder, "extracted");
        ZipFile.ExtractToDirectory(ZipPath, target, overwriteFiles: true);
        return target;
    }

    public JsonObject ReadFromZip(string entryName)
    {
        using var zip = ZipFile.OpenRead(ZipPath);
        using var stream = (zip.GetEntry(entryName) ?? throw new InvalidOperationException($"{entryName} not in the zip")).Open();
        return JsonNode.Parse(stream)!.AsObject();
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
