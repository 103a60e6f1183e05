namespace Coretet.Bot.Tests.Teams;

public sealed class TeamsPackageFailureTests(BrokenTeamsPackage broken) : IClassFixture<BrokenTeamsPackage>
{
    [Fact]
    public void Package_Broken_ExitsWithAnErrorAndWritesNoZip()
    {
        Assert.Equal(1, broken.Result.ExitCode);
        Assert.Contains("Teams package NOT valid", broken.Result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(broken.Package.ZipPath));
    }

    [Theory]
    [InlineData("manifest.json: /bots/0 must have required property 'botId'")]
    [InlineData("manifest.json: /manifestVersion must be equal to constant")]
    [InlineData("manifest.json: /version \"1.0\" is not MAJOR.MINOR.PATCH")]
    [InlineData("icon outline.png: is 192x192, Teams needs 32x32")]
    [InlineData("icon outline.png: has no transparent pixel")]
    [InlineData("visible pixels are not white")]
    [InlineData("en.json:  must NOT have additional properties")]
    public void Package_Broken_PrintsTheValidatorMessage(string message) =>
        Assert.Contains(message, broken.Result.StandardError, StringComparison.Ordinal);
}
