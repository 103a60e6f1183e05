using Coretet.Bot.Storage.AzureTables;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Tests.Storage;

/// <summary>
/// The table contract on Azurite through the Azure Table client. <c>scripts/test.sh</c> starts Azurite and exports
/// <c>CORETET_TEST_TABLES</c>; without it these tests fail (they never skip silently).
/// </summary>
public sealed class AzuriteTableContractTests : TableContractTests
{
    public const string Variable = "CORETET_TEST_TABLES";

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set: run the tests with scripts/test.sh, which starts Azurite and exports it " +
                "(or start azurite-table yourself and export its connection string, as scripts/test.sh does).");

    protected override ITableServiceClient CreateService() => new AzureTableServiceClient(TableAccount.Parse(ConnectionString));
}
