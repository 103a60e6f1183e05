namespace Coretet.Bot.Tests;

public class HostingDefaultsTests
{
    [Fact]
    public void DefaultUrl_IsTheBotFrameworkConvention() =>
        Assert.Equal("http://localhost:3978", Coretet.Bot.Hosting.HostingExtensions.DefaultUrl);
}
