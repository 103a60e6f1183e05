using Coretet.Bot.Channels.BotFramework;
using Coretet.Bot.Storage.AzureTables;
using Coretet.Bot.Storage.Tables;
using Coretet.Bot.Tests.Support;

namespace Coretet.Bot.Resilience.Tests.Support;

/// <summary>Reads the storage account the instances share, to check what they stored.</summary>
public sealed class SharedTables(string connectionString)
{
    private readonly TableStore store = new(new AzureTableServiceClient(TableAccount.Parse(connectionString)));

    /// <summary>The suite's Azurite (<see cref="ResilienceSettings.Tables"/>).</summary>
    public SharedTables()
        : this(ResilienceSettings.Tables)
    {
    }

    public TableStore Store => store;

    /// <summary>Whether some instance stored the conversation reference of <paramref name="user"/>'s 1:1 chat.</summary>
    public async Task<bool> HasPersonalReferenceAsync(TeamsUser user)
    {
        var table = await store.GetTableAsync("ConversationReferences");
        var key = BotFrameworkReference.ConversationKey(FakeConnector.PersonalConversationId(user.Id));
        return await table.FindAsync(TableKeys.Encode("msteams"), TableKeys.Encode(key)) is not null;
    }

    /// <summary>The users among <paramref name="users"/> without a stored 1:1 reference.</summary>
    public async Task<IReadOnlyList<string>> MissingReferencesAsync(IEnumerable<TeamsUser> users)
    {
        var missing = new List<string>();
        foreach (var user in users)
        {
            if (!await HasPersonalReferenceAsync(user))
                missing.Add(user.Id);
        }

        return missing;
    }
}
