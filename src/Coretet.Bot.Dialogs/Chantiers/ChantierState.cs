using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Dialogs.Chantiers;

/// <summary>
/// A chantier's stored facts, participants excepted (one entity each, see <see cref="IChantierMemberStore"/>).
/// Plain data for the storage adapters to map; the rules live in <see cref="Chantier"/>.
/// </summary>
public sealed record ChantierState(string AllianceId, int Number, string Title, ChantierKind Kind, string Purpose)
{
    public DateOnly? ReviewDate { get; init; }

    public ConversationRef? LinkedConversation { get; init; }

    public IReadOnlyList<ChantierMember> Animators { get; init; } = [];

    public string OpenedBy { get; init; } = "";

    public DateTimeOffset OpenedAt { get; init; }

    public bool IsOpen { get; init; } = true;

    public string? ClosingStatement { get; init; }

    public string? ClosedBy { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }
}
