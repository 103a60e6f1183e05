using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Tests.Storage;

public abstract partial class TableContractTests
{
    private static readonly string[] HostileStrings =
    [
        "O'Neil ''quoted'' \"double\"", "a/b\\c#d?e", "50% + 1 & x=y (paren), :colon", "emoji 🤝🏽 and ünï", "tab\tnew\nline\u0001\u007f\u0085",
        "~7E~~|pipe", new string('x', 2048), string.Concat(Enumerable.Repeat("é'/#🤝", 400)),
    ];

    [Fact]
    public async Task HostileStrings_RoundTripAsValuesAndAsEncodedKeys()
    {
        foreach (var hostile in HostileStrings)
        {
            var (pk, rk) = (TableKeys.Encode(hostile), TableKeys.Compose(hostile, "second"));
            await Table.AddEntityAsync(new TableEntity(pk, rk) { ["Value"] = hostile });

            var got = (await Table.GetEntityAsync(pk, rk)).Value;
            var queried = Assert.Single(await Table.QueryAsync(TableFilter.And(TableFilter.PartitionKey(pk), TableFilter.Equal("Value", hostile))).ToListAsync());

            Assert.Equal(hostile, got.GetString("Value"));
            Assert.Equal(rk, queried.RowKey);
        }
    }

    [Theory]
    [InlineData("O'Neil ''x''")]
    [InlineData("emoji 🤝🏽 ünï")]
    [InlineData("50% a+b x:y (p),q=r&s ~")]
    public async Task RawKey_WithLegalSpecialCharacters_RoundTripsUnencoded(string key)
    {
        await Table.AddEntityAsync(new TableEntity(key, key) { ["V"] = 1 });

        var got = (await Table.GetEntityAsync(key, key)).Value;
        await Table.UpdateEntityAsync(new TableEntity(key, key) { ["V"] = 2 }, got.ETag);
        var queried = Assert.Single(await Table.QueryAsync(TableFilter.And(TableFilter.PartitionKey(key), TableFilter.Equal("RowKey", key))).ToListAsync());
        await Table.DeleteEntityAsync(key, key, queried.ETag);

        Assert.Equal((key, key, 2), (queried.PartitionKey, queried.RowKey, queried.GetInt32("V")));
        Assert.False((await Table.GetEntityIfExistsAsync(key, key)).HasValue);
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("tab\t")]
    public async Task RawKey_WithForbiddenCharacter_IsRefusedBeforeSending(string key)
    {
        var error = await Assert.ThrowsAsync<TableLimitException>(() => Table.AddEntityAsync(new TableEntity(key, "r")));

        Assert.Contains("TableKeys", error.Message, StringComparison.Ordinal);
        Assert.Empty(await Table.QueryAsync().ToListAsync());
    }

    [Fact]
    public async Task RawKey_LongerThan1KiB_IsRefusedBeforeSending()
    {
        var error = await Assert.ThrowsAsync<TableLimitException>(() => Table.AddEntityAsync(new TableEntity("p", new string('k', 513))));

        Assert.Equal(TableErrorCodes.KeyValueTooLarge, error.ErrorCode);
    }

    [Fact]
    public async Task OversizedEntities_AreRefusedWithClearMessages()
    {
        var huge = new TableEntity("p", "huge");
        for (var i = 0; i < 20; i++)
            huge[$"P{i}"] = new string('x', TableLimits.MaxStringChars);
        var longString = new TableEntity("p", "long") { ["S"] = new string('x', TableLimits.MaxStringChars + 1) };
        var tooMany = new TableEntity("p", "many");
        for (var i = 0; i < 253; i++)
            tooMany[$"P{i}"] = i;

        var size = await Assert.ThrowsAsync<TableLimitException>(() => Table.AddEntityAsync(huge));
        var value = await Assert.ThrowsAsync<TableLimitException>(() => Table.UpsertEntityAsync(longString));
        var count = await Assert.ThrowsAsync<TableLimitException>(() => Table.AddEntityAsync(tooMany));

        Assert.Equal((TableErrorCodes.EntityTooLarge, 400), (size.ErrorCode, size.Status));
        Assert.Contains("1 MiB", size.Message, StringComparison.Ordinal);
        Assert.Equal(TableErrorCodes.PropertyValueTooLarge, value.ErrorCode);
        Assert.Contains("'S'", value.Message, StringComparison.Ordinal);
        Assert.Equal(TableErrorCodes.TooManyProperties, count.ErrorCode);
        Assert.Contains("252", count.Message, StringComparison.Ordinal);
        Assert.Empty(await Table.QueryAsync().ToListAsync());
    }

    [Fact]
    public async Task TypedProperties_RoundTripExactly()
    {
        var at = new DateTimeOffset(2026, 12, 1, 23, 59, 59, TimeSpan.FromHours(2)).AddTicks(1234567);
        var guid = Guid.NewGuid();
        byte[] bytes = [0, 1, 2, 254, 255];
        await Table.AddEntityAsync(new TableEntity("p", "typed")
        {
            ["S"] = "text", ["Empty"] = "", ["B"] = true, ["I"] = int.MinValue, ["L"] = 9007199254740993L, ["D"] = 0.1,
            ["Whole"] = 1.0, ["Big"] = 1e300, ["T"] = at, ["G"] = guid, ["X"] = bytes, ["Null"] = null,
        });

        var got = (await Table.GetEntityAsync("p", "typed")).Value;
        var queried = Assert.Single(await Table.QueryAsync(TableFilter.PartitionKey("p")).ToListAsync());

        foreach (var entity in new[] { got, queried })
        {
            Assert.Equal("text", entity["S"]);
            Assert.Equal("", entity["Empty"]);
            Assert.Equal(true, entity["B"]);
            Assert.Equal(int.MinValue, entity["I"]);
            Assert.Equal(9007199254740993L, entity["L"]);
            Assert.Equal(0.1, entity["D"]);
            Assert.Equal(1.0, entity["Whole"]);
            Assert.Equal(1e300, entity["Big"]);
            Assert.Equal(at.UtcTicks, Assert.IsType<DateTimeOffset>(entity["T"]).UtcTicks);
            Assert.Equal(guid, entity["G"]);
            Assert.Equal(bytes, entity["X"]);
            Assert.False(entity.ContainsKey("Null"));
            Assert.NotNull(entity.Timestamp);
        }
    }
}
