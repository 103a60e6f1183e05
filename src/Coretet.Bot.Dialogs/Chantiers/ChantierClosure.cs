using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Dialogs.Chantiers;

/// <summary>
/// A chantier was closed: what listeners (<see cref="IChantierClosedListener"/>) get. <see cref="Members"/> are its
/// animators and participants at closing time, with the platform identity to reach them directly.
/// </summary>
public sealed record ChantierClosure(ChantierSummary Chantier, string Statement, UserRef ClosedBy, DateTimeOffset ClosedAt)
{
    public IReadOnlyList<ChantierMember> Members { get; init; } = [];
}
