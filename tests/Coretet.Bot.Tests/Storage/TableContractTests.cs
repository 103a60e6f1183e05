using Azure;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Tests.Storage;

/// <summary>
/// The table contract every backend honours (issue #3 "Cover" list), run once per backend by a subclass.
/// Each test works in a fresh table.
/// </summary>
public abstract partial class TableContractTests : IAsyncLifetime
{
    private ITableServiceClient? service;
    private ITableClient? table;

    protected ITableClient Table => table ?? throw new InvalidOperationException("Not initialised.");

    protected ITableServiceClient Service => service ?? throw new InvalidOperationException("Not initialised.");

    public async Task InitializeAsync()
    {
        service = CreateService();
        table = service.GetTableClient("T" + Guid.NewGuid().ToString("N")[..20]);
        await table.CreateIfNotExistsAsync();
    }

    public Task DisposeAsync()
    {
        (service as IDisposable)?.Dispose();
        return Task.CompletedTask;
    }

    protected abstract ITableServiceClient CreateService();

    [Fact]
    public async Task AddEntity_Twice_ConflictsWithEntityAlreadyExists()
    {
        await Table.AddEntityAsync(new TableEntity("p", "r") { ["N"] = 1 });

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => Table.AddEntityAsync(new TableEntity("p", "r") { ["N"] = 2 }));

        Assert.Equal(409, error.Status);
        Assert.Equal(TableErrorCodes.EntityAlreadyExists, error.ErrorCode);
        Assert.Equal(1, (await Table.GetEntityAsync("p", "r")).Value.GetInt32("N"));
    }

    [Fact]
    public async Task UpdateEntity_WithStaleETag_FailsWith412AndWithCurrentETagSucceeds()
    {
        var added = await Table.AddEntityAsync(new TableEntity("p", "r") { ["N"] = 1 });
        var stale = added.Headers.ETag!.Value;
        var current = (await Table.UpdateEntityAsync(new TableEntity("p", "r") { ["N"] = 2 }, stale)).Headers.ETag!.Value;

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => Table.UpdateEntityAsync(new TableEntity("p", "r") { ["N"] = 3 }, stale));
        await Table.UpdateEntityAsync(new TableEntity("p", "r") { ["N"] = 4 }, current);

        Assert.Equal(412, error.Status);
        Assert.Equal(TableErrorCodes.UpdateConditionNotSatisfied, error.ErrorCode);
        var stored = (await Table.GetEntityAsync("p", "r")).Value;
        Assert.Equal(4, stored.GetInt32("N"));
        Assert.NotEqual(current, stored.ETag);
    }

    [Fact]
    public async Task UpdateEntity_Missing_FailsWith404()
    {
        var error = await Assert.ThrowsAsync<RequestFailedException>(() => Table.UpdateEntityAsync(new TableEntity("p", "none"), ETag.All));

        Assert.Equal(404, error.Status);
        Assert.Equal(TableErrorCodes.ResourceNotFound, error.ErrorCode);
    }

    [Fact]
    public async Task ReadModifyWrite_FiftyParallelIncrements_LosesNone()
    {
        await Parallel.ForEachAsync(Enumerable.Range(0, 50), new ParallelOptions { MaxDegreeOfParallelism = 50 }, async (_, ct) =>
            await Table.ReadModifyWriteAsync("counter", "c", current =>
            {
                var next = current ?? new TableEntity();
                next["Count"] = (next.GetInt32("Count") ?? 0) + 1;
                return next;
            }, ct));

        Assert.Equal(50, (await Table.GetEntityAsync("counter", "c")).Value.GetInt32("Count"));
    }

    [Fact]
    public async Task DeleteEntity_WithStaleETagFails_WithCurrentETagDeletes_AndMissingIsNotAnError()
    {
        var stale = (await Table.AddEntityAsync(new TableEntity("p", "r"))).Headers.ETag!.Value;
        var current = (await Table.UpsertEntityAsync(new TableEntity("p", "r") { ["N"] = 1 })).Headers.ETag!.Value;

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => Table.DeleteEntityAsync("p", "r", stale));
        Assert.True((await Table.GetEntityIfExistsAsync("p", "r")).HasValue);
        await Table.DeleteEntityAsync("p", "r", current);
        await Table.DeleteEntityAsync("p", "r");

        Assert.Equal(412, error.Status);
        Assert.False((await Table.GetEntityIfExistsAsync("p", "r")).HasValue);
    }

    [Fact]
    public async Task GetEntity_Missing_Throws404AndIfExistsHasNoValue()
    {
        var error = await Assert.ThrowsAsync<RequestFailedException>(() => Table.GetEntityAsync("p", "none"));

        Assert.Equal(404, error.Status);
        Assert.Equal(TableErrorCodes.ResourceNotFound, error.ErrorCode);
        Assert.False((await Table.GetEntityIfExistsAsync("p", "none")).HasValue);
    }

    [Fact]
    public async Task UpsertEntity_MergeKeepsOtherProperties_ReplaceDropsThem()
    {
        await Table.UpsertEntityAsync(new TableEntity("p", "m") { ["A"] = "a", ["B"] = "b" });
        await Table.UpsertEntityAsync(new TableEntity("p", "m") { ["B"] = "b2" }, TableUpdateMode.Merge);
        await Table.UpsertEntityAsync(new TableEntity("p", "r") { ["A"] = "a", ["B"] = "b" });
        await Table.UpsertEntityAsync(new TableEntity("p", "r") { ["B"] = "b2" }, TableUpdateMode.Replace);

        var merged = (await Table.GetEntityAsync("p", "m")).Value;
        var replaced = (await Table.GetEntityAsync("p", "r")).Value;

        Assert.Equal(("a", "b2"), (merged.GetString("A"), merged.GetString("B")));
        Assert.Equal((null, "b2"), (replaced.GetString("A"), replaced.GetString("B")));
    }

    [Fact]
    public async Task Operations_OnMissingTable_Fail404TableNotFound()
    {
        var missing = Service.GetTableClient("Missing" + Guid.NewGuid().ToString("N")[..10]);

        var insert = await Assert.ThrowsAsync<RequestFailedException>(() => missing.AddEntityAsync(new TableEntity("p", "r")));
        var query = await Assert.ThrowsAsync<RequestFailedException>(async () => await missing.QueryAsync().ToListAsync());

        Assert.Equal((404, TableErrorCodes.TableNotFound), (insert.Status, insert.ErrorCode));
        Assert.Equal((404, TableErrorCodes.TableNotFound), (query.Status, query.ErrorCode));
    }

    [Fact]
    public async Task CreateIfNotExists_Twice_KeepsTheTableAndItsEntities()
    {
        await Table.AddEntityAsync(new TableEntity("p", "r"));

        await Table.CreateIfNotExistsAsync();

        Assert.True((await Table.GetEntityIfExistsAsync("p", "r")).HasValue);
    }
}
