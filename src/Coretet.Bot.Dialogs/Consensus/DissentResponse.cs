namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>
/// The initiator's or an animator's answer to a reservation, divergent opinion or block. The dissenting ally can mark
/// it as addressing their concern (<see cref="AddressedAt"/>); the answer stays in the record either way.
/// </summary>
public sealed record DissentResponse(int Id, string AuthorId, string AuthorName, string Text, DateTimeOffset At, Stance AnsweredStance, int AnsweredRevision)
{
    public DateTimeOffset? AddressedAt { get; init; }

    public bool Addressed => AddressedAt is not null;
}
