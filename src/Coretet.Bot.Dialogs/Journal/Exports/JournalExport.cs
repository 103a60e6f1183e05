using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Dialogs.Consensus;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Dialogs.Journal.Exports;

/// <summary>
/// What an export contains, whatever its format: the public journal entries of the scope, oldest first, the allies
/// (public facts) and the chantiers. <see cref="ChantierId"/> is null for the whole alliance.
/// </summary>
public sealed record JournalExport(string AllianceId, string AllianceName, string TimeZone, LocalizedText Scope, DateTimeOffset GeneratedAt, Language Language)
{
    public string? ChantierId { get; init; }

    public IReadOnlyList<JournalEntry> Entries { get; init; } = [];

    public IReadOnlyList<ExportedAlly> Allies { get; init; } = [];

    public IReadOnlyList<ChantierSummary> Chantiers { get; init; } = [];

    /// <summary>Each round of the scope with every position (history and answers included), by number.</summary>
    public IReadOnlyList<RoundSnapshot> Rounds { get; init; } = [];

    /// <summary>What allies shared in the scope, with their answers, oldest first ("nothing to report" left out).</summary>
    public IReadOnlyList<Experience> Experiences { get; init; } = [];

    /// <summary>The guiding principles: all of the alliance's, or for a chantier those citing its experiences.</summary>
    public IReadOnlyList<Principle> Principles { get; init; } = [];

    /// <summary>A time in the alliance's time zone, as exports print it.</summary>
    public string Local(DateTimeOffset at) =>
        JournalTimes.ToLocal(at, TimeZone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public string Summary(JournalEntry entry) => entry.Summary.In(Language);
}
