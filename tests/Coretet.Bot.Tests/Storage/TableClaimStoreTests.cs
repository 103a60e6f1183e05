using System.Reflection;
using Azure;
using Coretet.Bot.Storage.Stores;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Tests.Storage;

/// <summary>A claim survives the storage pipeline retrying an insert whose first try was applied but not answered.</summary>
public class TableClaimStoreTests
{
    [Fact]
    public async Task Claim_InsertAppliedThenItsRetryConflicts_IsStillOursAndNobodyElseGetsIt()
    {
        using var tables = new TestTables("claims");
        var claims = new TableClaimStore(new TableStore(new RetriedInserts(tables.Embedded())), TimeProvider.System);

        Assert.True(await claims.TryClaimAsync("capture.prompt", "occurrence|ally", default));
        Assert.False(await claims.TryClaimAsync("capture.prompt", "occurrence|ally", default));
    }

    [Fact]
    public async Task Claim_SameKeyTwice_OnlyTheFirstWins()
    {
        using var tables = new TestTables("claims");
        var claims = new TableClaimStore(new TableStore(tables.Embedded()), TimeProvider.System);

        Assert.True(await claims.TryClaimAsync("s", "k", default));
        Assert.False(await claims.TryClaimAsync("s", "k", default));
        Assert.True(await claims.TryClaimAsync("s", "other", default));
    }

    /// <summary>Every insert is applied, then answered as the conflict its (simulated) retry would get.</summary>
    private sealed class RetriedInserts(ITableServiceClient inner) : ITableServiceClient
    {
        public string Description => inner.Description;

        public ITableClient GetTableClient(string tableName)
        {
            var proxy = DispatchProxy.Create<ITableClient, InsertThenConflict>();
            ((InsertThenConflict)(object)proxy).Inner = inner.GetTableClient(tableName);
            return proxy;
        }
    }

    public class InsertThenConflict : DispatchProxy
    {
        public ITableClient Inner { get; set; } = null!;

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
            targetMethod!.Name == nameof(ITableClient.AddEntityAsync)
                ? AddThenConflictAsync((TableEntity)args![0]!, (CancellationToken)args[1]!)
                : targetMethod.Invoke(Inner, args);

        private async Task<Response> AddThenConflictAsync(TableEntity entity, CancellationToken cancellationToken)
        {
            await Inner.AddEntityAsync(entity, cancellationToken);
            throw new RequestFailedException(409, "The specified entity already exists.", "EntityAlreadyExists", null);
        }
    }
}
