using Coretet.Bot.Dialogs.Claims;
using Coretet.Bot.Dialogs.Routing;

namespace Coretet.Bot.Channels.Slack;

/// <summary>
/// The work done after Slack was acknowledged: drop event retries already seen (claim on <c>event_id</c>, so N
/// instances and restarts process an event once), translate to a turn, remember where it came from, route it,
/// and answer.
/// </summary>
internal sealed partial class SlackTurnProcessor(
    IClaimStore claims,
    SlackTurnFactory turns,
    SlackInteractionTurns interactions,
    SlackConversationReferences references,
    DialogRouter router,
    SlackReplier replier,
    ILogger<SlackTurnProcessor> logger)
{
    public const string EventClaimScope = "slack.event";

    public async Task ProcessAsync(SlackWorkItem item, CancellationToken cancellationToken)
    {
        if (item.EventId is { } eventId && !await claims.TryClaimAsync(EventClaimScope, eventId, cancellationToken))
        {
            LogDuplicate(logger, eventId);
            return;
        }

        var inbound = item.Kind switch
        {
            SlackPayloadKind.Event => await turns.FromEventAsync(item, cancellationToken),
            SlackPayloadKind.Command => await turns.FromCommandAsync(item, cancellationToken),
            _ => await interactions.FromInteractionAsync(item, cancellationToken),
        };
        if (inbound is null)
            return;
        await references.RememberAsync(inbound.Turn, cancellationToken);
        var result = await router.RouteAsync(inbound.Turn, cancellationToken);
        await replier.DeliverAsync(result, inbound, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack event {EventId} already processed; retry ignored")]
    private static partial void LogDuplicate(ILogger logger, string eventId);
}
