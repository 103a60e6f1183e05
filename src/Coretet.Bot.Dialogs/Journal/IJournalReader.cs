namespace Coretet.Bot.Dialogs.Journal;

/// <summary>Reading the alliance's journal beyond the latest entries: filtered pages and the whole of it, latest first.</summary>
public interface IJournalReader
{
    /// <summary>At most <paramref name="count"/> entries matching <paramref name="filter"/>, latest first, older than
    /// <paramref name="after"/> (a <see cref="JournalPage.Next"/> of an earlier page; null for the latest).</summary>
    Task<JournalPage> ReadPageAsync(string allianceId, JournalFilter filter, string? after, int count, CancellationToken cancellationToken);

    /// <summary>Every entry matching <paramref name="filter"/>, latest first.</summary>
    IAsyncEnumerable<JournalEntry> ReadAllAsync(string allianceId, JournalFilter filter, CancellationToken cancellationToken);
}
