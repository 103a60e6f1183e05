using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>Everything a <see cref="Round"/> holds, for storage adapters to map to and from their rows.</summary>
public sealed record RoundData(
    string Id,
    int Number,
    string AllianceId,
    RoundScope Scope,
    RoundSubject Subject,
    string InitiatorId,
    string InitiatorName,
    DateTimeOffset OpenedAt,
    DateTimeOffset Deadline,
    string TimeZone,
    int? Quorum,
    DateOnly? ReviewDate,
    IReadOnlyList<Revision> Revisions,
    RoundStatus Status,
    Outcome? Outcome,
    IReadOnlyList<ConversationRef> Venues,
    Language VenueLanguage);
