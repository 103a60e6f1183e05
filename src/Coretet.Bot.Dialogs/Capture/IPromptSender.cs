using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Capture;

/// <summary>Proactive delivery of one reply (the host sends it through the outbound dispatcher, rate limits and retries included).</summary>
public interface IPromptSender
{
    Task<DeliveryResult> SendAsync(Reply reply, CancellationToken cancellationToken);
}
