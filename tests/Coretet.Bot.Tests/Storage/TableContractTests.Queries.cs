using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Tests.Storage;

public abstract partial class TableContractTests
{
    [Fact]
    public async Task Query_OverMoreThanAThousandEntitiesInPagesOf100_ReturnsEachOnceInKeyOrder()
    {
        for (var batch = 0; batch < 11; batch++)
        {
            var actions = Enumerable.Range(batch * 100, batch == 10 ? 5 : 100)
                .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("big", $"r{i:D5}") { ["I"] = i }));
            await Table.SubmitTransactionAsync(actions);
        }

        var pages = await Table.QueryAsync(TableFilter.PartitionKey("big"), maxPerPage: 100).AsPages().ToListAsync();

        var rows = pages.SelectMany(p => p.Values).Select(e => e.RowKey).ToList();
        Assert.Equal(1005, rows.Count);
        Assert.Equal(Enumerable.Range(0, 1005).Select(i => $"r{i:D5}"), rows);
        Assert.All(pages, p => Assert.True(p.Values.Count <= 100));
        Assert.True(pages.Count >= 11);
    }

    [Fact]
    public async Task Query_ResumedFromAContinuationToken_ContinuesAfterThePreviousPage()
    {
        for (var i = 0; i < 5; i++)
            await Table.AddEntityAsync(new TableEntity("p", $"r{i}"));

        var first = await Table.QueryAsync(maxPerPage: 2).AsPages().FirstAsync();
        var rest = await Table.QueryAsync(maxPerPage: 2).AsPages(first.ContinuationToken).ToListAsync();

        Assert.Equal(["r0", "r1"], first.Values.Select(e => e.RowKey));
        Assert.Equal(["r2", "r3", "r4"], rest.SelectMany(p => p.Values).Select(e => e.RowKey));
    }

    [Fact]
    public async Task Query_WithTypedComparisonsAndOrNot_MatchesLikeTheService()
    {
        var at = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
        var guid = Guid.NewGuid();
        for (var i = 0; i < 6; i++)
        {
            await Table.AddEntityAsync(new TableEntity("q", $"r{i}")
            {
                ["I"] = i, ["L"] = 10L * i, ["D"] = i + 0.5, ["B"] = i % 2 == 0, ["S"] = $"s{i}",
                ["T"] = at.AddDays(i), ["G"] = i == 3 ? guid : Guid.Empty,
            });
        }

        async Task<string[]> Rows(string filter) =>
            (await Table.QueryAsync(TableFilter.And(TableFilter.PartitionKey("q"), filter)).ToListAsync()).Select(e => e.RowKey).ToArray();

        Assert.Equal(["r2", "r3"], await Rows(TableFilter.And(TableFilter.GreaterThanOrEqual("I", 2), TableFilter.LessThan("L", 40L))));
        Assert.Equal(["r0", "r5"], await Rows(TableFilter.Or(TableFilter.Equal("S", "s0"), TableFilter.GreaterThan("D", 5.0))));
        Assert.Equal(["r1", "r3", "r5"], await Rows(TableFilter.Not(TableFilter.Equal("B", true))));
        Assert.Equal(["r4", "r5"], await Rows(TableFilter.GreaterThan("T", at.AddDays(3).AddTicks(1))));
        Assert.Equal(["r3"], await Rows(TableFilter.Equal("G", guid)));
        Assert.Equal(["r0", "r1", "r2"], await Rows(TableFilter.LessThanOrEqual("RowKey", "r2")));
        Assert.Equal(["r0", "r2", "r3", "r4", "r5"], await Rows(TableFilter.NotEqual("I", 1)));
    }

    [Fact]
    public async Task Query_WithSelect_ReturnsOnlyTheSelectedPropertiesWithKeysAndETag()
    {
        await Table.AddEntityAsync(new TableEntity("p", "r") { ["A"] = "a", ["B"] = "b", ["C"] = 3 });

        var entity = Assert.Single(await Table.QueryAsync(TableFilter.PartitionKey("p"), select: ["A", "C"]).ToListAsync());
        var got = (await Table.GetEntityAsync("p", "r", ["B"])).Value;

        Assert.Equal(["A", "C"], entity.Keys.Order());
        Assert.Equal(("p", "r"), (entity.PartitionKey, entity.RowKey));
        Assert.NotEqual(default, entity.ETag);
        Assert.Equal(["B"], got.Keys);
    }

    [Fact]
    public async Task Transaction_FailingOnItsSeventhAction_AppliesNothing()
    {
        await Table.AddEntityAsync(new TableEntity("tx", "r6") { ["Original"] = true });
        var actions = Enumerable.Range(0, 10)
            .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("tx", $"r{i}") { ["I"] = i }))
            .ToList();

        var error = await Assert.ThrowsAsync<TableTransactionFailedException>(() => Table.SubmitTransactionAsync(actions));

        Assert.Equal(6, error.FailedTransactionActionIndex);
        Assert.Equal(409, error.Status);
        var rows = await Table.QueryAsync(TableFilter.PartitionKey("tx")).ToListAsync();
        var only = Assert.Single(rows);
        Assert.Equal(true, only.GetBoolean("Original"));
    }

    [Fact]
    public async Task Transaction_OfMixedActions_AppliesAllWithETags()
    {
        var stale = (await Table.AddEntityAsync(new TableEntity("tx", "u") { ["N"] = 1 })).Headers.ETag!.Value;
        await Table.AddEntityAsync(new TableEntity("tx", "d"));

        var result = await Table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("tx", "a") { ["N"] = 1 }),
            new(TableTransactionActionType.UpdateMerge, new TableEntity("tx", "u") { ["M"] = 2 }, stale),
            new(TableTransactionActionType.UpsertReplace, new TableEntity("tx", "r") { ["N"] = 3 }),
            new(TableTransactionActionType.Delete, new TableEntity("tx", "d")),
        ]);

        Assert.Equal(4, result.Value.Count);
        Assert.NotNull(result.Value[0].Headers.ETag);
        var updated = (await Table.GetEntityAsync("tx", "u")).Value;
        Assert.Equal((1, 2), (updated.GetInt32("N"), updated.GetInt32("M")));
        Assert.False((await Table.GetEntityIfExistsAsync("tx", "d")).HasValue);
        Assert.True((await Table.GetEntityIfExistsAsync("tx", "r")).HasValue);
    }

    [Fact]
    public async Task Transaction_OverLimits_IsRefusedBeforeSending()
    {
        var tooMany = Enumerable.Range(0, 101).Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", $"r{i}")));
        var twoPartitions = new[] { new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("a", "r")), new(TableTransactionActionType.Add, new TableEntity("b", "r")) };

        var many = await Assert.ThrowsAsync<TableLimitException>(() => Table.SubmitTransactionAsync(tooMany));
        var mixed = await Assert.ThrowsAsync<TableLimitException>(() => Table.SubmitTransactionAsync(twoPartitions));

        Assert.Contains("100", many.Message, StringComparison.Ordinal);
        Assert.Equal(TableErrorCodes.CommandsInBatchActOnDifferentPartitions, mixed.ErrorCode);
        Assert.Empty(await Table.QueryAsync().ToListAsync());
    }
}
