using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Dialogs.Routing;

/// <summary>
/// Sees every turn before it is routed, whatever its command (e.g. "this person writes to the bot again"). Runs on
/// every turn, so it must be cheap, and it never decides the answer: an observer that fails logs and lets the turn go on.
/// </summary>
public interface ITurnObserver
{
    Task OnTurnAsync(Turn turn, CancellationToken cancellationToken);
}
