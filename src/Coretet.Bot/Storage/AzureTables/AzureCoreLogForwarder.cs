using System.Diagnostics.Tracing;
using Azure.Core.Diagnostics;

namespace Coretet.Bot.Storage.AzureTables;

/// <summary>
/// Forwards the Azure.Core pipeline's warnings and errors (failed attempts, retries, slow requests) to the host's
/// logs. Request content and unlisted headers and query parameters are redacted by the pipeline itself.
/// </summary>
internal sealed class AzureCoreLogForwarder : IDisposable
{
    private readonly AzureEventSourceListener listener;

    public AzureCoreLogForwarder(ILogger<AzureTableServiceClient> logger) =>
        listener = new AzureEventSourceListener(
            (e, message) => logger.Log(e.Level is EventLevel.Error or EventLevel.Critical ? LogLevel.Error : LogLevel.Warning, "{AzureCore}", message),
            EventLevel.Warning);

    public void Dispose() => listener.Dispose();
}
