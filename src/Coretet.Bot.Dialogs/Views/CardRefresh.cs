using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Dialogs.Views;

/// <summary>
/// "Every message showing the card <see cref="CardKey"/> should now show this": the host finds every place the
/// card was posted (any platform, any conversation) and updates it in place, re-rendered in the language it was
/// posted in. Bursts of refreshes for one key are coalesced by the host (Teams: 7 operations/s per conversation).
/// </summary>
public sealed record CardRefresh(string CardKey, Func<Language, View> Render)
{
    /// <summary>
    /// Reads the card's state again from storage and returns its render. With several instances the host reserves
    /// a render version on every posted copy first and then calls this, so a render is never older than its version
    /// (see docs/operating.md, "Cards refreshed by several instances"). Null: <see cref="Render"/> is used as is.
    /// </summary>
    public Func<CancellationToken, Task<Func<Language, View>>>? Reload { get; init; }
}
