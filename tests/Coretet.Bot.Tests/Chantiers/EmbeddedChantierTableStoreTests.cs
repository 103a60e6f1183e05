using Coretet.Bot.Storage.Embedded;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Tests.Chantiers;

/// <summary>The chantier adapters on the embedded store, in a fresh folder.</summary>
public sealed class EmbeddedChantierTableStoreTests : ChantierTableStoreTests
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "coretet-chantiers-" + Guid.NewGuid().ToString("N"));

    protected override ITableServiceClient CreateService() => new EmbeddedTableServiceClient(folder);

    public override void Dispose()
    {
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
        base.Dispose();
    }
}
