using Coretet.Bot.Storage.AzureTables;
using Coretet.Bot.Storage.Embedded;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Tests.Storage;

/// <summary>
/// Table services for adapter contract tests: <see cref="Azurite"/> (needs <c>CORETET_TEST_TABLES</c>, never skips) and
/// an embedded store in a fresh temporary folder that is deleted, with every service opened on it, on dispose.
/// </summary>
public sealed class TestTables : IDisposable
{
    private readonly List<EmbeddedTableServiceClient> services = [];

    public TestTables(string name) => Folder = Path.Combine(Path.GetTempPath(), $"coretet-{name}-{Guid.NewGuid():N}");

    public string Folder { get; }

    public static ITableServiceClient Azurite() => new AzureTableServiceClient(TableAccount.Parse(AzuriteTableContractTests.ConnectionString));

    /// <summary>A new service on the same folder (several of them share the file, as several instances would).</summary>
    public ITableServiceClient Embedded()
    {
        var service = new EmbeddedTableServiceClient(Folder);
        services.Add(service);
        return service;
    }

    public void Dispose()
    {
        services.ForEach(s => s.Dispose());
        if (Directory.Exists(Folder))
            Directory.Delete(Folder, recursive: true);
    }
}
