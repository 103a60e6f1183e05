using System.Runtime.CompilerServices;
using Coretet.Bot.Dialogs.Journal;
using Coretet.Bot.Storage.Charter;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Storage.Journal;

/// <summary>
/// Reads the charter capability's <c>Journal</c> table (partition = alliance, row keys sort latest first): pages
/// continue after the last row key read, within the alliance's own partition; filters are server-side equalities.
/// </summary>
public sealed class TableJournalReader(TableStore store) : IJournalReader
{
    public const int ExportPageSize = 1000;

    public async Task<JournalPage> ReadPageAsync(string allianceId, JournalFilter filter, string? after, int count, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableJournal.TableName, cancellationToken);
        var entries = new List<JournalEntry>(count);
        string? last = null;
        await foreach (var entity in table.QueryAsync(Filter(allianceId, filter, IsCursor(after) ? after : null), Math.Clamp(count + 1, 1, ExportPageSize), cancellationToken: cancellationToken))
        {
            if (entries.Count == count)
                return new JournalPage(entries, last);
            entries.Add(ToEntry(entity));
            last = entity.RowKey;
        }

        return new JournalPage(entries, null);
    }

    public async IAsyncEnumerable<JournalEntry> ReadAllAsync(string allianceId, JournalFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableJournal.TableName, cancellationToken);
        await foreach (var entity in table.QueryAsync(Filter(allianceId, filter, null), ExportPageSize, cancellationToken: cancellationToken))
            yield return ToEntry(entity);
    }

    private static JournalEntry ToEntry(TableEntity entity) => TableJournal.ToEntry(entity) with { Id = entity.RowKey };

    private static string Filter(string allianceId, JournalFilter filter, string? after)
    {
        var parts = new List<string> { TableFilter.PartitionKey(TableKeys.Encode(allianceId)) };
        if (after is not null)
            parts.Add(TableFilter.GreaterThan("RowKey", after));
        if (filter.ChantierId is { } chantier)
            parts.Add(TableFilter.Equal("ChantierId", chantier));
        if (filter.ActorId is { } actor)
            parts.Add(TableFilter.Equal("ActorId", actor));
        if (filter.Kind is { } kind)
            parts.Add(TableFilter.Equal("Kind", kind));
        return TableFilter.And([.. parts]);
    }

    /// <summary>A cursor comes back in card data (user input): only a journal row key shape is accepted.</summary>
    private static bool IsCursor(string? after) =>
        after is { Length: 52 } && after[19] == '-' && !after.AsSpan(0, 19).ContainsAnyExcept(Digits) && !after.AsSpan(20).ContainsAnyExcept(HexDigits);

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");
    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdef");
}
