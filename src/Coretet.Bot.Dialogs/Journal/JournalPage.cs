namespace Coretet.Bot.Dialogs.Journal;

/// <summary>One page of the journal, latest first; <see cref="Next"/> continues with older entries (null at the start of the journal).</summary>
public sealed record JournalPage(IReadOnlyList<JournalEntry> Entries, string? Next);
