namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>Everything a <see cref="Position"/> holds, for storage adapters to map to and from their rows.</summary>
public sealed record PositionData(
    string RoundId,
    string AllyId,
    string AllyName,
    Stance Stance,
    string? Reason,
    int RevisionNumber,
    DateTimeOffset At,
    bool Late,
    IReadOnlyList<PositionChange> History,
    IReadOnlyList<DissentResponse> Responses);
