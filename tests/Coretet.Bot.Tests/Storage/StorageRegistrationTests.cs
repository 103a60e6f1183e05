using Coretet.Bot.Channels;
using Coretet.Bot.Dialogs.Claims;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace Coretet.Bot.Tests.Storage;

public class StorageRegistrationTests
{
    [Fact]
    public async Task AddStorage_WithoutConnectionString_UsesTheEmbeddedStoreInDataAndLogsIt()
    {
        using var host = new StorageHost();

        await host.StartAsync();

        var expected = Path.Combine(host.ContentRoot, "data", "tables.db");
        Assert.Contains(expected, host.Services.GetRequiredService<ITableServiceClient>().Description, StringComparison.Ordinal);
        Assert.Contains(host.Logs, line => line.Contains("embedded", StringComparison.Ordinal) && line.Contains(expected, StringComparison.Ordinal));
        Assert.True(File.Exists(expected));
    }

    [Fact]
    public async Task AddStorage_WithConnectionString_UsesAzureTablesAndNeverLogsTheKey()
    {
        using var host = new StorageHost(new Dictionary<string, string?> { ["ConnectionStrings:Tables"] = "UseDevelopmentStorage=true" });

        await host.StartAsync();

        Assert.Contains("Azure Table Storage at http://127.0.0.1:10002/devstoreaccount1", host.Services.GetRequiredService<ITableServiceClient>().Description, StringComparison.Ordinal);
        Assert.Contains(host.Logs, line => line.Contains("Azure Table Storage", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs, line => line.Contains("Eby8vdM02x", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(host.ContentRoot, "data")));
    }

    [Fact]
    public async Task AddStorage_WithEmbeddedPath_UsesItRelativeToTheContentRoot()
    {
        using var host = new StorageHost(new Dictionary<string, string?> { ["Storage:EmbeddedPath"] = "state/tables" });

        await host.StartAsync();

        Assert.True(File.Exists(Path.Combine(host.ContentRoot, "state", "tables", "tables.db")));
    }

    [Fact]
    public async Task ClaimStore_SecondClaimOfTheSameKey_IsRefused_AndHostileKeysAreDistinct()
    {
        using var host = new StorageHost();
        var claims = host.Services.GetRequiredService<IClaimStore>();
        var longKey = new string('#', 3000);

        Assert.True(await claims.TryClaimAsync("reminders", "round/1?#", CancellationToken.None));
        Assert.False(await claims.TryClaimAsync("reminders", "round/1?#", CancellationToken.None));
        Assert.True(await claims.TryClaimAsync("reminders", "round/1?", CancellationToken.None));
        Assert.True(await claims.TryClaimAsync("other", "round/1?#", CancellationToken.None));
        Assert.True(await claims.TryClaimAsync("reminders", longKey, CancellationToken.None));
        Assert.False(await claims.TryClaimAsync("reminders", longKey, CancellationToken.None));
        Assert.True(await claims.TryClaimAsync("reminders", longKey + "x", CancellationToken.None));
    }

    [Fact]
    public async Task ConversationReferenceStore_Upsert_ReplacesAndFindsByPlatformAndKey()
    {
        using var host = new StorageHost();
        var store = host.Services.GetRequiredService<IConversationReferenceStore>();
        var at = DateTimeOffset.UtcNow;

        await store.UpsertAsync(new ConversationReferenceRecord("teams", "conversation:19:a/b#c", "{\"v\":1}", at));
        await store.UpsertAsync(new ConversationReferenceRecord("teams", "conversation:19:a/b#c", "{\"v\":2}", at.AddMinutes(1)));

        var found = await store.FindAsync("teams", "conversation:19:a/b#c");
        Assert.Equal(new ConversationReferenceRecord("teams", "conversation:19:a/b#c", "{\"v\":2}", at.AddMinutes(1)), found);
        Assert.Null(await store.FindAsync("slack", "conversation:19:a/b#c"));
    }

    [Fact]
    public async Task PostedCardStore_RecordTwice_ListsEachPostingOnce()
    {
        using var host = new StorageHost();
        var store = host.Services.GetRequiredService<IPostedCardStore>();
        var at = DateTimeOffset.UtcNow;
        var channel = new ConversationRef("teams", "19:x/y", ConversationKind.Channel) { TenantId = "t", SpaceId = "s", Name = "Général" };
        var dm = new ConversationRef("slack", "D1", ConversationKind.Personal);
        var first = new PostedCard("round:42", channel, "m/1", Language.French, at);
        var second = new PostedCard("round:42", dm, "ts.1", Language.English, at);

        await store.RecordAsync(first);
        await store.RecordAsync(first);
        await store.RecordAsync(second);
        await store.RecordAsync(second with { CardKey = "round:43" });

        var cards = await store.ListAsync("round:42");
        Assert.Equal(2, cards.Count);
        Assert.Contains(first, cards);
        Assert.Contains(second, cards);
    }
}
