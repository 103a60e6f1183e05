using Coretet.Bot.Storage.AzureTables;
using Coretet.Bot.Tests.Storage;

namespace Coretet.Bot.Tests.Charter;

/// <summary>On Azurite through the Azure Table client (needs <c>CORETET_TEST_TABLES</c>, as the storage suite).</summary>
public sealed class AzuriteCharterTableStoresTests()
    : CharterTableStoresTests(new AzureTableServiceClient(TableAccount.Parse(AzuriteTableContractTests.ConnectionString)));
