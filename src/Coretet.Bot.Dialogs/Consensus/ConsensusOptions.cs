namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>Configuration section <c>Consensus</c>.</summary>
public sealed class ConsensusOptions
{
    public const string Section = "Consensus";

    /// <summary>First reminder, this many hours before the deadline.</summary>
    public int FirstReminderHours { get; set; } = 24;

    /// <summary>Optional second reminder (hours before the deadline); 0 or less disables it.</summary>
    public int SecondReminderHours { get; set; } = 2;

    /// <summary>How many recent outcomes <c>décisions</c> lists.</summary>
    public int RecentDecisions { get; set; } = 10;

    /// <summary>How often the host sweeps deadlines and reminders, in seconds.</summary>
    public int SweepSeconds { get; set; } = 60;
}
