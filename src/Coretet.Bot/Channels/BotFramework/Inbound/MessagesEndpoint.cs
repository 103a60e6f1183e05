using Coretet.Bot.Channels.BotFramework.Auth;
using Coretet.Bot.Channels.BotFramework.Schema;
using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Channels.BotFramework.Inbound;

/// <summary>
/// <c>POST /api/messages</c> (fact sheet §9.1): read and check the body (400/413), authenticate (401, the flow
/// never sees a rejected activity), remember the conversation, route the turn, then answer: invokes in the HTTP
/// response body, everything else through the Connector before the 200.
/// </summary>
public sealed partial class MessagesEndpoint(
    BotFrameworkAuthenticator authenticator,
    BotFrameworkReferences references,
    DialogRouter router,
    ActivityReplier replier,
    InstallationDeduplicator installations,
    TimeProvider time,
    ILogger<MessagesEndpoint> logger)
{
    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var read = await ActivityReader.ReadAsync(context.Request, cancellationToken);
        if (read.Activity is not { } activity)
        {
            LogRejectedBody(logger, read.Status, read.Reason);
            return Results.Json(new { error = read.Reason }, statusCode: read.Status);
        }

        var auth = await authenticator.AuthenticateAsync(context, activity, cancellationToken);
        if (!auth.Succeeded)
        {
            LogUnauthorized(logger, activity.Id, activity.ChannelId, auth.Failure);
            return Results.Unauthorized();
        }

        await RememberAsync(activity, cancellationToken);
        try
        {
            return await ProcessAsync(activity, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The router already turns flow failures into an apology; this is the last net so the channel never sees a 500.
            LogProcessingFailed(logger, activity.Id, activity.Type, ex);
            return Results.Ok();
        }
    }

    private async Task<IResult> ProcessAsync(Activity activity, CancellationToken cancellationToken)
    {
        var turn = TurnMapper.ToTurn(activity, time.GetUtcNow());
        if (turn is null || turn.Kind == TurnKind.Installed && !await installations.IsFirstAsync(turn.Conversation, cancellationToken))
            return Results.Ok();
        var result = await router.RouteAsync(turn, cancellationToken);
        if (activity.Type == "invoke")
        {
            var body = await replier.AnswerInvokeAsync(activity, turn, result, cancellationToken);
            return body is null ? Results.Ok() : Results.Json(body, BotFrameworkJson.Options);
        }

        await replier.ReplyAsync(activity, turn, result, cancellationToken);
        return Results.Ok();
    }

    private async Task RememberAsync(Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            await references.RememberAsync(BotFrameworkReference.From(activity), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Replies to this activity still work from its own serviceUrl; only later proactive messages suffer.
            LogReferenceNotStored(logger, activity.Conversation?.Id, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rejected activity body with {Status}: {Reason}")]
    private static partial void LogRejectedBody(ILogger logger, int status, string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unauthorized activity {ActivityId} on channel {ChannelId}: {Failure}")]
    private static partial void LogUnauthorized(ILogger logger, string? activityId, string? channelId, string? failure);

    [LoggerMessage(Level = LogLevel.Error, Message = "Processing activity {ActivityId} ({Type}) failed")]
    private static partial void LogProcessingFailed(ILogger logger, string? activityId, string? type, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not store the conversation reference of {ConversationId}")]
    private static partial void LogReferenceNotStored(ILogger logger, string? conversationId, Exception exception);
}
