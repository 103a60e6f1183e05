using Azure.Identity;
using Coretet.Bot.Channels.BotFramework;
using Coretet.Bot.Channels.BotFramework.Outbound;
using Microsoft.Extensions.Configuration;

namespace Coretet.Bot.Tests.BotFramework;

public class BotFrameworkOptionsTests
{
    [Fact]
    public void From_NoSettings_IsUnauthenticatedWithPublicBotFrameworkDefaults()
    {
        var options = BotFrameworkOptions.From(Configuration());

        Assert.False(options.IsAuthenticated);
        Assert.Equal("https://login.botframework.com/v1/.well-known/openidconfiguration", options.OpenIdMetadataUrl);
        Assert.Equal("https://api.botframework.com", options.Issuer);
        Assert.Equal(BotAppType.MultiTenant, options.AppType);
        Assert.False(options.AllowRemoteUnauthenticated);
        Assert.Null(ConnectorTokenProvider.CreateCredential(options));
    }

    [Fact]
    public void From_SectionKeys_OverrideDefaults()
    {
        var options = BotFrameworkOptions.From(Configuration(
            ("BotFramework:OpenIdMetadataUrl", "http://127.0.0.1:1/meta"),
            ("BotFramework:Issuer", "https://issuer.test"),
            ("BotFramework:AllowRemoteUnauthenticated", "true"),
            ("BotFramework:Connector:MaxAttempts", "3"),
            ("BotFramework:Connector:RetryBaseDelay", "00:00:01")));

        Assert.Equal("http://127.0.0.1:1/meta", options.OpenIdMetadataUrl);
        Assert.Equal("https://issuer.test", options.Issuer);
        Assert.True(options.AllowRemoteUnauthenticated);
        Assert.Equal(3, options.ConnectorMaxAttempts);
        Assert.Equal(TimeSpan.FromSeconds(1), options.ConnectorRetryBaseDelay);
    }

    [Theory]
    [InlineData("SingleTenant", null, "secret", "MicrosoftAppTenantId is required")]
    [InlineData("UserAssignedMSI", null, null, "MicrosoftAppTenantId is required")]
    [InlineData("UserAssignedMSI", "tenant", "secret", "must be empty")]
    [InlineData("MultiTenant", null, null, "MicrosoftAppPassword is required")]
    [InlineData("Sometimes", null, "secret", "is not SingleTenant")]
    public void From_InconsistentAppSettings_FailsAtStartUp(string type, string? tenant, string? password, string message)
    {
        var error = Assert.Throws<InvalidOperationException>(() => BotFrameworkOptions.From(Configuration(
            ("MicrosoftAppId", "app"), ("MicrosoftAppType", type), ("MicrosoftAppTenantId", tenant), ("MicrosoftAppPassword", password))));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SingleTenant", "tenant-1", typeof(ClientSecretCredential), "tenant-1")]
    [InlineData("MultiTenant", null, typeof(ClientSecretCredential), "botframework.com")]
    [InlineData("UserAssignedMSI", "tenant-1", typeof(ManagedIdentityCredential), null)]
    public void CreateCredential_PerAppType_UsesTheRightCredentialAndAuthority(string type, string? tenant, Type credential, string? authority)
    {
        var options = BotFrameworkOptions.From(Configuration(
            ("MicrosoftAppId", "app"), ("MicrosoftAppType", type), ("MicrosoftAppTenantId", tenant),
            ("MicrosoftAppPassword", type == "UserAssignedMSI" ? null : "secret")));

        Assert.IsType(credential, ConnectorTokenProvider.CreateCredential(options));
        if (authority is not null)
            Assert.Equal(authority, ConnectorTokenProvider.AuthorityTenant(options));
    }

    private static IConfiguration Configuration(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
}
