namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>What taking a position did: created, changed, or nothing (the same position was already recorded).</summary>
public enum PositionWriteKind
{
    Created,
    Changed,
    Unchanged,
}

public sealed record PositionWrite(PositionWriteKind Kind, Position Position);
