using Azure.Core;

namespace Coretet.Bot.Storage.AzureTables;

/// <summary>Pipeline options: exponential retries on throttling, timeouts and 5xx; bounded network timeout; no content logging.</summary>
public sealed class AzureTableClientOptions : ClientOptions
{
    public AzureTableClientOptions()
    {
        Retry.Mode = RetryMode.Exponential;
        Retry.MaxRetries = 3;
        Retry.Delay = TimeSpan.FromMilliseconds(400);
        Retry.MaxDelay = TimeSpan.FromSeconds(8);
        Retry.NetworkTimeout = TimeSpan.FromSeconds(30);
        Diagnostics.ApplicationId = "coretet-bot";
        Diagnostics.IsLoggingContentEnabled = false;
        Diagnostics.LoggedHeaderNames.Add("x-ms-continuation-NextPartitionKey");
        Diagnostics.LoggedHeaderNames.Add("x-ms-continuation-NextRowKey");
        Diagnostics.LoggedQueryParameters.Add("$top");
    }
}
