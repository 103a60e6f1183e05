using Azure.Core;
using Azure.Core.Pipeline;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Storage.AzureTables;

/// <summary>Azure Table Storage (or Azurite) through Azure.Core's HTTP pipeline: retries, logging, authentication.</summary>
public sealed class AzureTableServiceClient : ITableServiceClient
{
    public const string StorageScope = "https://storage.azure.com/.default";
    private readonly TableAccount account;

    public AzureTableServiceClient(TableAccount account, TokenCredential? credential = null, AzureTableClientOptions? options = null)
    {
        this.account = account;
        HttpPipelinePolicy authentication = account.Authentication switch
        {
            TableAuthentication.SharedKey => new SharedKeyLitePolicy(account.AccountName, account.Secret!),
            TableAuthentication.SharedAccessSignature => new SharedAccessSignaturePolicy(account.Secret!),
            _ => new BearerTokenAuthenticationPolicy(credential ?? throw new ArgumentNullException(nameof(credential)), StorageScope),
        };
        HttpPipelinePolicy[] perCall = account.Authentication == TableAuthentication.SharedAccessSignature ? [authentication] : [];
        HttpPipelinePolicy[] perRetry = account.Authentication == TableAuthentication.SharedAccessSignature
            ? [new TableHeadersPolicy()]
            : [new TableHeadersPolicy(), authentication];
        Pipeline = HttpPipelineBuilder.Build(options ?? new AzureTableClientOptions(), perCall, perRetry, new ResponseClassifier());
    }

    public string Description =>
        $"Azure Table Storage at {account.Endpoint} (account {account.AccountName}, {account.Authentication switch
        {
            TableAuthentication.SharedKey => "shared key",
            TableAuthentication.SharedAccessSignature => "SAS",
            _ => "Entra ID token (DefaultAzureCredential)",
        }})";

    internal HttpPipeline Pipeline { get; }

    internal Uri Endpoint => account.Endpoint;

    public ITableClient GetTableClient(string tableName)
    {
        TableLimits.ValidateTableName(tableName);
        return new AzureTableClient(this, tableName);
    }

    /// <summary>Sends through the pipeline; what is left of network failures and timeouts after retries is "unavailable".</summary>
    internal async Task<Azure.Response> SendAsync(HttpMessage message, string operation, CancellationToken cancellationToken)
    {
        try
        {
            await Pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (Azure.RequestFailedException ex) when (AzureErrors.IsUnavailable(ex.Status))
        {
            throw AzureErrors.Unreachable(ex, operation);
        }
        catch (Exception ex) when (ex is AggregateException or HttpRequestException or IOException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw AzureErrors.Unreachable(ex, operation);
        }
        var response = message.Response;
        if (response.IsError)
            throw AzureErrors.FromResponse(response, operation);
        return response;
    }
}
