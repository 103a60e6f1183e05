namespace Coretet.Bot.Dialogs.Journal;

/// <summary>The alliance's append-only journal. Every capability appends; the journal capability reads and exports.</summary>
public interface IJournal
{
    Task AppendAsync(JournalEntry entry, CancellationToken cancellationToken);

    /// <summary>The latest entries first, at most <paramref name="count"/>.</summary>
    Task<IReadOnlyList<JournalEntry>> ReadLatestAsync(string allianceId, int count, CancellationToken cancellationToken);
}
