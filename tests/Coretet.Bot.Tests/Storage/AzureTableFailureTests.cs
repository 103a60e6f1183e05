using System.Net;
using System.Text;
using Azure;
using Azure.Core.Pipeline;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Storage.AzureTables;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Tests.Storage;

/// <summary>How the Azure client maps what the service (faked at the HTTP handler) answers.</summary>
public class AzureTableFailureTests
{
    [Fact]
    public async Task ServerErrors_AfterRetries_SurfaceAsStoreUnavailable()
    {
        var calls = 0;
        var table = Client(_ => { calls++; return Answer(HttpStatusCode.ServiceUnavailable, "{\"odata.error\":{\"code\":\"ServerBusy\",\"message\":{\"value\":\"busy\"}}}"); });

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => table.GetEntityAsync("p", "r"));

        Assert.Equal(3, calls);
        Assert.Contains("503", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreachableStore_SurfacesAsStoreUnavailable()
    {
        var table = Client(_ => throw new HttpRequestException("Connection refused"));

        await Assert.ThrowsAsync<StoreUnavailableException>(() => table.AddEntityAsync(new TableEntity("p", "r")));
    }

    [Fact]
    public async Task XmlAuthenticationError_KeepsTheServiceCode()
    {
        var table = Client(_ => Answer(HttpStatusCode.Forbidden, "<?xml version=\"1.0\"?><Error><Code>AuthorizationFailure</Code><Message>Server failed to authenticate the request.\nRequestId:1</Message></Error>"));

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => table.AddEntityAsync(new TableEntity("p", "r")));

        Assert.Equal((403, "AuthorizationFailure"), (error.Status, error.ErrorCode));
        Assert.Equal("Server failed to authenticate the request.", error.Message);
    }

    [Fact]
    public async Task SharedKeyLite_SignsDateAndAccountPrefixedPathOnly()
    {
        HttpRequestMessage? sent = null;
        var table = Client(request => { sent = request; return Answer(HttpStatusCode.OK, "{\"value\":[]}"); });

        await table.QueryAsync(TableFilter.PartitionKey("a b"), 5).ToListAsync();

        var date = sent!.Headers.GetValues("x-ms-date").Single();
        var expected = Convert.ToBase64String(System.Security.Cryptography.HMACSHA256.HashData(
            Convert.FromBase64String(TableAccount.DevelopmentAccountKey), Encoding.UTF8.GetBytes($"{date}\n/devstoreaccount1/devstoreaccount1/Things()")));
        Assert.Equal($"SharedKeyLite devstoreaccount1:{expected}", sent.Headers.Authorization!.ToString());
        Assert.Contains("$filter=PartitionKey%20eq%20%27a%20b%27", sent.RequestUri!.Query, StringComparison.Ordinal);
        Assert.Equal("2020-12-06", sent.Headers.GetValues("x-ms-version").Single());
    }

    private static ITableClient Client(Func<HttpRequestMessage, HttpResponseMessage> answer)
    {
        var options = new AzureTableClientOptions { Transport = new HttpClientTransport(new HttpClient(new FakeHandler(answer))) };
        options.Retry.MaxRetries = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        return new AzureTableServiceClient(TableAccount.Parse("UseDevelopmentStorage=true"), options: options).GetTableClient("Things");
    }

    private static HttpResponseMessage Answer(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, body.StartsWith('<') ? "application/xml" : "application/json") };

    private sealed class FakeHandler(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(answer(request));
    }
}
