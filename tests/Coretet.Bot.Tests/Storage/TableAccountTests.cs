using Coretet.Bot.Storage.AzureTables;

namespace Coretet.Bot.Tests.Storage;

public class TableAccountTests
{
    [Fact]
    public void Parse_UseDevelopmentStorage_IsAzuriteWithTheDevelopmentKey()
    {
        var account = TableAccount.Parse("UseDevelopmentStorage=true");

        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1"), account.Endpoint);
        Assert.Equal(("devstoreaccount1", TableAuthentication.SharedKey, TableAccount.DevelopmentAccountKey), (account.AccountName, account.Authentication, account.Secret));
    }

    [Fact]
    public void Parse_AccountNameAndKeyWithSuffix_BuildsTheProductionEndpoint()
    {
        var account = TableAccount.Parse("DefaultEndpointsProtocol=https;AccountName=coretet;AccountKey=a2V5;EndpointSuffix=core.windows.net");

        Assert.Equal(new Uri("https://coretet.table.core.windows.net"), account.Endpoint);
        Assert.Equal(("coretet", TableAuthentication.SharedKey, "a2V5"), (account.AccountName, account.Authentication, account.Secret));
    }

    [Fact]
    public void Parse_AccountKeyWithPathStyleTableEndpoint_TakesTheEndpoint()
    {
        var account = TableAccount.Parse("AccountName=devstoreaccount1;AccountKey=a2V5;TableEndpoint=http://127.0.0.1:10002/devstoreaccount1/;");

        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1"), account.Endpoint);
    }

    [Fact]
    public void Parse_SharedAccessSignature_AuthenticatesWithTheQuery()
    {
        var account = TableAccount.Parse("TableEndpoint=https://coretet.table.core.windows.net;SharedAccessSignature=?sv=2020-12-06&sig=abc%3D");

        Assert.Equal(("coretet", TableAuthentication.SharedAccessSignature, "sv=2020-12-06&sig=abc%3D"), (account.AccountName, account.Authentication, account.Secret));
    }

    [Fact]
    public void Parse_PlainEndpointUrl_UsesEntraId()
    {
        var account = TableAccount.Parse("https://coretet.table.core.windows.net/");

        Assert.Equal(("coretet", TableAuthentication.EntraId, null), (account.AccountName, account.Authentication, account.Secret));
        Assert.Equal(new Uri("https://coretet.table.core.windows.net"), account.Endpoint);
    }

    [Fact]
    public void ToString_NeverShowsTheSecret()
    {
        var account = TableAccount.Parse("AccountName=coretet;AccountKey=c2VjcmV0LWtleQ==");

        Assert.DoesNotContain("c2VjcmV0LWtleQ", account.ToString(), StringComparison.Ordinal);
        Assert.Contains("coretet", account.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AccountKey=c2VjcmV0LWtleQ==")]
    [InlineData("nonsense")]
    [InlineData("TableEndpoint=ftp://x;SharedAccessSignature=sig=c2VjcmV0LWtleQ==")]
    public void Parse_Invalid_FailsWithoutRepeatingTheSecret(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => TableAccount.Parse(value));

        Assert.Contains("ConnectionStrings:Tables", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("c2VjcmV0LWtleQ", error.Message, StringComparison.Ordinal);
    }
}
