using System.Collections.Concurrent;
using Coretet.Bot.Dialogs.Journal;

namespace Coretet.Bot.Dialogs.Tests.Charter.Fakes;

internal sealed class InMemoryJournal : IJournal
{
    private readonly ConcurrentQueue<JournalEntry> entries = new();

    public IReadOnlyList<JournalEntry> Entries => [.. entries];

    public Task AppendAsync(JournalEntry entry, CancellationToken cancellationToken)
    {
        entries.Enqueue(entry);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<JournalEntry>> ReadLatestAsync(string allianceId, int count, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<JournalEntry>>(entries.Where(e => e.AllianceId == allianceId).Reverse().Take(count).ToList());
}
