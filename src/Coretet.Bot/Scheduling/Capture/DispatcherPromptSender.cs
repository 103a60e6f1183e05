using System.Net;
using Coretet.Bot.Channels;
using Coretet.Bot.Channels.BotFramework.Outbound;
using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Scheduling.Capture;

/// <summary>
/// Sends prompts through the platform's <see cref="IChannelSender"/> — the one <see cref="IReplyDispatcher"/> uses,
/// with its per-conversation rate limits, 429/Retry-After and bounded retries — because the dispatcher logs and
/// swallows failures, and prompts must record them. Other views fall back to the dispatcher. A 403/404 after the
/// sender's retries (bot blocked, user or conversation gone) is final: the ally is marked unreachable.
/// </summary>
internal sealed class DispatcherPromptSender(IEnumerable<IChannelSender> senders, IReplyDispatcher dispatcher) : IPromptSender
{
    private readonly IReadOnlyList<IChannelSender> senders = [.. senders];

    public async Task<DeliveryResult> SendAsync(Reply reply, CancellationToken cancellationToken)
    {
        try
        {
            switch (reply.Target)
            {
                case DirectTarget direct when Sender(direct.User.Platform) is { } sender:
                    return await sender.SendDirectAsync(direct.User, reply.View, cancellationToken) is null
                        ? new DeliveryResult(DeliveryOutcome.Failed, "no direct route: the bot has never heard from this user")
                        : DeliveryResult.Delivered;
                case ConversationTarget target when Sender(target.Conversation.Platform) is { } sender:
                    await sender.SendAsync(target.Conversation, reply.View, cancellationToken);
                    return DeliveryResult.Delivered;
                default:
                    await dispatcher.DispatchAsync(TurnResult.Of(reply), origin: null, cancellationToken);
                    return DeliveryResult.Delivered;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new DeliveryResult(IsPermanent(ex) ? DeliveryOutcome.Unreachable : DeliveryOutcome.Failed, ex.Message);
        }
    }

    private IChannelSender? Sender(string platform) => senders.FirstOrDefault(s => s.Handles(platform));

    internal static bool IsPermanent(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (Status(ex) is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
                return true;
        }

        return false;
    }

    private static HttpStatusCode? Status(Exception ex) => ex switch
    {
        ConnectorException connector => connector.Status,
        HttpRequestException http => http.StatusCode,
        _ => null,
    };
}
