using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Routing;

/// <summary>
/// One capability's entry points: the commands and card verbs it owns, and what it does on installation.
/// Flows are thin: they check who may do what, call the domain through the storage ports, and return views.
/// </summary>
public abstract class Flow
{
    public virtual IReadOnlyList<CommandSpec> Commands => [];

    /// <summary>Card verbs this flow handles; by convention prefixed with the flow's noun (<c>charter.sign</c>).</summary>
    public virtual IReadOnlyList<string> Verbs => [];

    public virtual Task<TurnResult> OnCommandAsync(Turn turn, CommandMatch match, CancellationToken cancellationToken) =>
        Task.FromResult(TurnResult.Nothing);

    public virtual Task<TurnResult> OnActionAsync(Turn turn, CardAction action, CancellationToken cancellationToken) =>
        Task.FromResult(TurnResult.Nothing);

    /// <summary>The bot was added somewhere. Every flow is told; replies are concatenated in registration order.</summary>
    public virtual Task<TurnResult> OnInstalledAsync(Turn turn, CancellationToken cancellationToken) =>
        Task.FromResult(TurnResult.Nothing);
}
