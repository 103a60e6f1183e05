using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Charter;

/// <summary>
/// A published version and what to send: <see cref="Invitations"/> are direct messages inviting each earlier
/// signatory to re-confirm (only what changed); <see cref="Announcements"/> post the charter in the alliance's
/// conversations. Return <see cref="ToResult"/> from a flow, or hand it to the reply dispatcher.
/// </summary>
public sealed record CharterPublication(CharterVersion Version, CharterVersion? Previous, IReadOnlyList<Reply> Invitations, IReadOnlyList<Reply> Announcements)
{
    public TurnResult ToResult() => new([.. Announcements, .. Invitations]);
}
