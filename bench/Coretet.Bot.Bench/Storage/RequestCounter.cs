using Azure.Core;
using Azure.Core.Pipeline;

namespace Coretet.Bot.Bench.Storage;

/// <summary>Counts the HTTP requests the Azure client really sends (retries included).</summary>
internal sealed class RequestCounter : HttpPipelineSynchronousPolicy
{
    private long count;

    public long Count => Interlocked.Read(ref count);

    public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref count);
}
