using Coretet.Bot.Dialogs.Journal;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Storage.Charter;
using Coretet.Bot.Storage.Embedded;
using Coretet.Bot.Storage.Journal;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Tests.Memory;

public sealed class TableJournalReaderTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly string folder = Path.Combine(Path.GetTempPath(), "coretet-journal-" + Guid.NewGuid().ToString("N"));
    private readonly EmbeddedTableServiceClient service;
    private readonly TableJournal journal;
    private readonly TableJournalReader reader;

    public TableJournalReaderTests()
    {
        service = new EmbeddedTableServiceClient(folder);
        var store = new TableStore(service);
        journal = new TableJournal(store);
        reader = new TableJournalReader(store);
    }

    [Fact]
    public async Task ReadPage_FollowingNext_ReadsEveryEntryOnceLatestFirst()
    {
        await AppendAsync("al1", 45);
        await AppendAsync("al2", 3);

        var first = await reader.ReadPageAsync("al1", JournalFilter.All, null, 20, default);
        var second = await reader.ReadPageAsync("al1", JournalFilter.All, first.Next, 20, default);
        var third = await reader.ReadPageAsync("al1", JournalFilter.All, second.Next, 20, default);

        var numbers = first.Entries.Concat(second.Entries).Concat(third.Entries).Select(e => int.Parse(e.SubjectId!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(0, 45).Reverse(), numbers);
        Assert.Equal((20, 20, 5), (first.Entries.Count, second.Entries.Count, third.Entries.Count));
        Assert.Null(third.Next);
        Assert.All(first.Entries, e => Assert.False(string.IsNullOrEmpty(e.Id)));
    }

    [Fact]
    public async Task ReadPage_WithFilters_KeepsOnlyMatchingEntries()
    {
        await AppendAsync("al1", 30);

        var chantier = await reader.ReadPageAsync("al1", new JournalFilter(ChantierId: "2"), null, 100, default);
        var actorAndKind = await reader.ReadPageAsync("al1", new JournalFilter(ActorId: "msteams:29:b'ob", Kind: "Odd"), null, 100, default);

        Assert.Equal(10, chantier.Entries.Count);
        Assert.All(chantier.Entries, e => Assert.Equal("2", e.ChantierId));
        Assert.Equal(15, actorAndKind.Entries.Count);
        Assert.All(actorAndKind.Entries, e => Assert.Equal(("msteams:29:b'ob", "Odd"), (e.ActorId, e.Kind)));
    }

    [Fact]
    public async Task ReadPage_WithACursorThatIsNotARowKey_StartsFromTheLatest()
    {
        await AppendAsync("al1", 3);

        var page = await reader.ReadPageAsync("al1", JournalFilter.All, "' or PartitionKey ne '", 20, default);

        Assert.Equal(3, page.Entries.Count);
    }

    [Fact]
    public async Task ReadAll_ReadsTheWholeAllianceOnly()
    {
        await AppendAsync("al1", 1205);
        await AppendAsync("al2", 2);

        var count = 0;
        await foreach (var entry in reader.ReadAllAsync("al1", JournalFilter.All, default))
        {
            Assert.Equal("al1", entry.AllianceId);
            count++;
        }

        Assert.Equal(1205, count);
    }

    public void Dispose()
    {
        service.Dispose();
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
    }

    private async Task AppendAsync(string alliance, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var entry = new JournalEntry(alliance, i % 2 == 0 ? "Even" : "Odd", "msteams:29:b'ob", "Bob", Start.AddMinutes(i), new LocalizedText($"fr {i}", $"en {i}"))
            {
                SubjectId = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ChantierId = (i % 3).ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            await journal.AppendAsync(entry, default);
        }
    }
}
