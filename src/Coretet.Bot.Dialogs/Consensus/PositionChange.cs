namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>One state of an ally's position, kept in its history when they change it.</summary>
public sealed record PositionChange(Stance Stance, string? Reason, int RevisionNumber, DateTimeOffset At, bool Late);
