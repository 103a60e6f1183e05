using Coretet.Bot.Storage.Embedded;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Tests.CrashWriter;

/// <summary>
/// Writes to the embedded store at args[0] until killed: round i is a 10-entity transaction in partition "tx{i}"
/// and then a single upsert of ("single", i). "done {i}" is printed only after both have returned.
/// An explicit entry point: a top-level one would be a public <c>Program</c> that clashes with the host's in tests.
/// </summary>
internal static class CrashWriterProgram
{
    public static async Task Main(string[] args)
    {
        using var service = new EmbeddedTableServiceClient(args[0]);
        var table = service.GetTableClient("Crash");
        await table.CreateIfNotExistsAsync();
        for (var i = 0; ; i++)
        {
            var actions = Enumerable.Range(0, 10)
                .Select(j => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity($"tx{i:D6}", $"r{j}") { ["Payload"] = new string('x', 2000) }));
            await table.SubmitTransactionAsync(actions);
            await table.UpsertEntityAsync(new TableEntity("single", $"{i:D6}") { ["I"] = i });
            Console.WriteLine($"done {i}");
            Console.Out.Flush();
        }
    }
}
