using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Channels;

/// <summary>
/// Delivers what a flow (or a scheduled job) answered, on whatever platform each target lives: direct messages,
/// other conversations, updates of posted messages, and <see cref="CardRefresh"/>es of every posting of a card
/// (coalesced per card key). Records every posted card that has a <see cref="CardView.Key"/> in
/// <see cref="IPostedCardStore"/>. Adapters handle <see cref="HereTarget"/> and <see cref="ClickedCardTarget"/>
/// themselves when they can answer synchronously, and pass the rest here with the origin turn.
/// </summary>
public interface IReplyDispatcher
{
    Task DispatchAsync(TurnResult result, Turn? origin, CancellationToken cancellationToken);
}
