using System.Buffers.Binary;
using System.IO.Compression;

namespace Coretet.Bot.Tests.Teams;

[Collection(TeamsPackageCollection.Name)]
public sealed class TeamsPackageTests(BuiltTeamsPackage built)
{
    private TeamsPackage Package => built.Package;

    [Fact]
    public void Package_WithIds_WritesAFlatZipWithManifestIconsAndBothLanguages()
    {
        Assert.True(built.Result.ExitCode == 0, built.Result.ToString());
        using var zip = ZipFile.OpenRead(Package.ZipPath);
        Assert.Equal(["color.png", "en.json", "fr.json", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        var manifest = Package.ReadFromZip("manifest.json");
        Assert.Equal(TeamsPackage.AppId, (string?)manifest["id"]);
        Assert.Equal(TeamsPackage.BotId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal(TeamsPackage.BotDomain, (string?)manifest["validDomains"]![0]);
        Assert.Equal(["personal", "team", "groupChat"], manifest["bots"]![0]!["scopes"]!.AsArray().Select(s => (string?)s));
        Assert.DoesNotContain("${{", manifest.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Package_Icons_HaveTheSizesTeamsNeedsAndAnAlphaChannel()
    {
        using var zip = ZipFile.OpenRead(Package.ZipPath);

        Assert.Equal((192, 192, 6), PngHeader(zip, "color.png"));
        Assert.Equal((32, 32, 6), PngHeader(zip, "outline.png"));
    }

    [Fact]
    public async Task Package_ExtractedZip_PassesTheOfficialValidatorAndTheIconChecks()
    {
        var extracted = Package.Extract();

        var valid = await TeamsPackage.CheckAsync(extracted);
        var manifestPath = Path.Combine(extracted, "manifest.json");
        File.WriteAllText(manifestPath, File.ReadAllText(manifestPath).Replace("\"#1F5F6B\"", "\"teal\"", StringComparison.Ordinal));
        var tampered = await TeamsPackage.CheckAsync(extracted);

        Assert.True(valid.ExitCode == 0, valid.ToString());
        Assert.Equal(1, tampered.ExitCode);
        Assert.Contains("manifest.json: /accentColor must match pattern", tampered.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Package_BotIdNotConfigured_NamesThePlaceholderAndFailsTheGuidPattern()
    {
        using var unconfigured = new TeamsPackage();

        var result = await unconfigured.BuildAsync(TeamsPackage.Environment(("BOT_ID", null), ("TEAMS_APP_ID", null)));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("placeholder ${{BOT_ID}} has no value", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("manifest.json: /bots/0/botId must match pattern", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(unconfigured.ZipPath));
    }

    private static (int Width, int Height, int ColourType) PngHeader(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        var header = new byte[26];
        stream.ReadExactly(header);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a }, header[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(header, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20)), header[25]);
    }
}
