using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Routing;

/// <summary>
/// A last step over every routed result, before any channel renders it, for what the host must do to views
/// whatever the platform (e.g. turning a <see cref="FileView"/> into a private download link). Registered filters
/// run in registration order; they see the turn the result answers.
/// </summary>
public interface ITurnResultFilter
{
    Task<TurnResult> ApplyAsync(Turn turn, TurnResult result, CancellationToken cancellationToken);
}
