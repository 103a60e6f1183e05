namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>Journal event names of the consensus capability (past tense).</summary>
public static class ConsensusEvents
{
    public const string RoundOpened = "RoundOpened";
    public const string PositionTaken = "PositionTaken";
    public const string PositionChanged = "PositionChanged";
    public const string LatePositionAdded = "LatePositionAdded";
    public const string DissentAnswered = "DissentAnswered";
    public const string ConcernAddressed = "ConcernAddressed";
    public const string RoundAmended = "RoundAmended";
    public const string RoundClosed = "RoundClosed";
    public const string RoundArbitrated = "RoundArbitrated";
    public const string ReminderSent = "ReminderSent";
}
