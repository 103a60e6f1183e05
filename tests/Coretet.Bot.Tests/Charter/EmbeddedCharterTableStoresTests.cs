using Coretet.Bot.Storage.Embedded;

namespace Coretet.Bot.Tests.Charter;

public sealed class EmbeddedCharterTableStoresTests : CharterTableStoresTests, IDisposable
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "coretet-charter-");
    private readonly EmbeddedTableServiceClient service;
    private readonly string folder;

    public EmbeddedCharterTableStoresTests()
        : this(Folder + Guid.NewGuid().ToString("N"))
    {
    }

    private EmbeddedCharterTableStoresTests(string folder)
        : this(new EmbeddedTableServiceClient(folder), folder)
    {
    }

    private EmbeddedCharterTableStoresTests(EmbeddedTableServiceClient service, string folder)
        : base(service)
    {
        this.service = service;
        this.folder = folder;
    }

    public void Dispose()
    {
        service.Dispose();
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
    }
}
