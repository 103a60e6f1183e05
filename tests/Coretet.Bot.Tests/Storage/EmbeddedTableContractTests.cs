using Coretet.Bot.Storage.Embedded;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Tests.Storage;

/// <summary>The table contract on the embedded SQLite backend, in a fresh folder per test.</summary>
public sealed class EmbeddedTableContractTests : TableContractTests, IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "coretet-tables-" + Guid.NewGuid().ToString("N"));

    protected override ITableServiceClient CreateService() => new EmbeddedTableServiceClient(folder);

    public void Dispose()
    {
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
    }
}
