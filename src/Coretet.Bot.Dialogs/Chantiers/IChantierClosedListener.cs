using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Chantiers;

/// <summary>
/// Plug-in point for what should happen when a chantier closes (the experience capture asks for a closing
/// experience). Register any number with <c>services.AddSingleton&lt;IChantierClosedListener, X&gt;()</c>; the chantier
/// flow calls each after the closing is stored and journaled, and delivers the replies they return.
/// </summary>
public interface IChantierClosedListener
{
    /// <summary>True when this listener itself asks the members for their closing experience: the chantier flow then
    /// does not send its own closing message ("what did we achieve, learn, pass on?").</summary>
    bool PromptsMembers => false;

    Task<TurnResult> OnChantierClosedAsync(ChantierClosure closure, CancellationToken cancellationToken);
}
