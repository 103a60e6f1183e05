using System.Net;
using Coretet.Bot.Channels;
using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Scheduling.Capture;

/// <summary>
/// Prompts go through the outbound dispatcher (per-conversation rate limits, 429/Retry-After, bounded retries).
/// What still fails after its retries is a failure; a 403/404 (bot blocked, user or conversation gone) is final.
/// </summary>
internal sealed class DispatcherPromptSender(IReplyDispatcher dispatcher) : IPromptSender
{
    public async Task<DeliveryResult> SendAsync(Reply reply, CancellationToken cancellationToken)
    {
        try
        {
            await dispatcher.DispatchAsync(TurnResult.Of(reply), origin: null, cancellationToken);
            return DeliveryResult.Delivered;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new DeliveryResult(IsPermanent(ex) ? DeliveryOutcome.Unreachable : DeliveryOutcome.Failed, ex.Message);
        }
    }

    private static bool IsPermanent(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is HttpRequestException { StatusCode: HttpStatusCode.Forbidden or HttpStatusCode.NotFound })
                return true;
        }

        return false;
    }
}
