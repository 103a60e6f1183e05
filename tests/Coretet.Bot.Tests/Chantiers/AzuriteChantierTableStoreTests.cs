using Coretet.Bot.Storage.AzureTables;
using Coretet.Bot.Storage.Tables;
using Coretet.Bot.Tests.Storage;

namespace Coretet.Bot.Tests.Chantiers;

/// <summary>The chantier adapters on Azurite through the Azure Table client (<c>CORETET_TEST_TABLES</c>, set by scripts/test.sh).</summary>
public sealed class AzuriteChantierTableStoreTests : ChantierTableStoreTests
{
    protected override ITableServiceClient CreateService() =>
        new AzureTableServiceClient(TableAccount.Parse(AzuriteTableContractTests.ConnectionString));
}
