using Coretet.Bot.Dialogs.Help;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;
using Microsoft.Extensions.Logging;

namespace Coretet.Bot.Dialogs.Routing;

/// <summary>
/// Sends each turn to the flow that owns its command or card verb. Refusals by the alliance's rules become a
/// message in the user's language; an unavailable store becomes "try again shortly"; anything else becomes a
/// short apology, with the error and the activity id in the log. A turn never ends in silence.
/// </summary>
public sealed partial class DialogRouter
{
    private readonly IReadOnlyList<Flow> flows;
    private readonly CommandParser parser;
    private readonly Dictionary<string, Flow> verbs = new(StringComparer.Ordinal);
    private readonly ILogger<DialogRouter> logger;
    private readonly List<CommandSpec> commands = [];
    private readonly IReadOnlyList<ITurnResultFilter> filters = [];
    private readonly IReadOnlyList<ITurnObserver> observers = [];

    public DialogRouter(IEnumerable<Flow> flows, IEnumerable<ITurnResultFilter> filters, IEnumerable<ITurnObserver> observers, ILogger<DialogRouter> logger)
        : this(flows, filters, logger)
    {
        this.observers = [.. observers];
    }

    public DialogRouter(IEnumerable<Flow> flows, IEnumerable<ITurnResultFilter> filters, ILogger<DialogRouter> logger)
        : this(flows, logger)
    {
        this.filters = [.. filters];
    }

    public DialogRouter(IEnumerable<Flow> flows, ILogger<DialogRouter> logger)
    {
        this.flows = [new HelpFlow(() => commands), .. flows];
        this.logger = logger;
        foreach (var flow in this.flows)
        {
            foreach (var verb in flow.Verbs)
            {
                if (!verbs.TryAdd(verb, flow))
                    throw new InvalidOperationException($"Card verb '{verb}' is claimed by two flows.");
            }
        }

        commands.AddRange(this.flows.SelectMany(f => f.Commands));
        parser = new CommandParser(commands);
    }

    /// <summary>Every command the bot handles, in registration order (help and the Teams manifest list them).</summary>
    public IReadOnlyList<CommandSpec> Commands => commands;

    public async Task<TurnResult> RouteAsync(Turn turn, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var observer in observers)
                await observer.OnTurnAsync(turn, cancellationToken);
            var result = turn.Kind switch
            {
                TurnKind.Message => await OnMessageAsync(turn, cancellationToken),
                TurnKind.CardAction when turn.Action is not null => await OnActionAsync(turn, turn.Action, cancellationToken),
                TurnKind.Installed => await OnInstalledAsync(turn, cancellationToken),
                _ => TurnResult.Nothing,
            };
            foreach (var filter in filters)
                result = await filter.ApplyAsync(turn, result, cancellationToken);
            return result;
        }
        catch (TurnRedirectException redirected)
        {
            return redirected.Result;
        }
        catch (AllianceException refused)
        {
            return TurnResult.Text(refused.Reason.In(turn.Language));
        }
        catch (StoreUnavailableException ex)
        {
            LogStoreUnavailable(logger, turn.ActivityId, ex);
            return TurnResult.Text(RouterTexts.TryAgainShortly.In(turn.Language));
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogTurnFailed(logger, turn.ActivityId, turn.Kind, ex);
            return TurnResult.Text(RouterTexts.Apology.In(turn.Language));
        }
    }

    public CommandMatch? Parse(string? text) => parser.Parse(text);

    private async Task<TurnResult> OnMessageAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(turn.Text))
            return TurnResult.Text(RouterTexts.EmptyMessage.In(turn.Language));
        var match = parser.Parse(turn.Text);
        if (match is null)
            return TurnResult.Text(RouterTexts.Unknown.Format(Shorten(turn.Text)).In(turn.Language));
        var flow = flows.First(f => f.Commands.Contains(match.Command));
        return await flow.OnCommandAsync(turn, match, cancellationToken);
    }

    private async Task<TurnResult> OnActionAsync(Turn turn, CardAction action, CancellationToken cancellationToken)
    {
        if (!verbs.TryGetValue(action.Verb, out var flow))
        {
            LogUnknownVerb(logger, action.Verb, turn.ActivityId);
            return TurnResult.Text(RouterTexts.StaleCard.In(turn.Language));
        }

        return await flow.OnActionAsync(turn, action, cancellationToken);
    }

    private async Task<TurnResult> OnInstalledAsync(Turn turn, CancellationToken cancellationToken)
    {
        var replies = new List<Reply>();
        foreach (var flow in flows)
            replies.AddRange((await flow.OnInstalledAsync(turn, cancellationToken)).Replies);
        return new TurnResult(replies);
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn {ActivityId} ({Kind}) failed")]
    private static partial void LogTurnFailed(ILogger logger, string? activityId, TurnKind kind, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Store unavailable during turn {ActivityId}")]
    private static partial void LogStoreUnavailable(ILogger logger, string? activityId, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Unknown card verb {Verb} in turn {ActivityId}")]
    private static partial void LogUnknownVerb(ILogger logger, string verb, string? activityId);
}
