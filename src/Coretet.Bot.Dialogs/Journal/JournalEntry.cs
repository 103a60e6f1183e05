using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Dialogs.Journal;

/// <summary>
/// One event in the memory of the path: who did what, when, with links to the objects. Append-only.
/// <see cref="Kind"/> is the event name in the past tense (<see cref="JournalKinds"/>); <see cref="Summary"/> is
/// the human sentence in both languages, written when the event happens.
/// </summary>
public sealed record JournalEntry(string AllianceId, string Kind, string ActorId, string ActorName, DateTimeOffset At, LocalizedText Summary)
{
    /// <summary>The entry's own id, set by the store when read (null on entries being appended).</summary>
    public string? Id { get; init; }

    public string? ChantierId { get; init; }

    public string? RoundId { get; init; }

    /// <summary>The object the event is about when it is not a chantier or a round (charter version, experience, principle).</summary>
    public string? SubjectId { get; init; }

    /// <summary>Extra facts (stance, version, reason...) for records and exports.</summary>
    public IReadOnlyDictionary<string, string> Data { get; init; } = new Dictionary<string, string>();
}
