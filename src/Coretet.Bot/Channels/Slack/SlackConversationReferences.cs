using System.Text.Json;
using System.Text.Json.Nodes;
using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Channels.Slack;

/// <summary>
/// Keeps what is needed to reach a Slack channel or person later: keys <c>conversation:{channel}</c> and
/// <c>user:{user}</c>, JSON <c>{team, channel|user, kind, name}</c>. Refreshed on every verified turn.
/// </summary>
internal sealed class SlackConversationReferences(IConversationReferenceStore store, TimeProvider clock)
{
    public async Task RememberAsync(Turn turn, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var conversation = turn.Conversation;
        var where = new JsonObject
        {
            ["team"] = conversation.SpaceId,
            ["channel"] = conversation.Id,
            ["kind"] = conversation.Kind.ToString(),
            ["name"] = conversation.Name,
        };
        await store.UpsertAsync(new(SlackConversations.Platform, ConversationKey(conversation.Id), where.ToJsonString(), now), cancellationToken);
        var who = new JsonObject { ["team"] = conversation.SpaceId, ["user"] = turn.From.Id, ["name"] = turn.From.Name };
        await store.UpsertAsync(new(SlackConversations.Platform, UserKey(turn.From.Id), who.ToJsonString(), now), cancellationToken);
    }

    /// <summary>The workspace (team id) a person was last seen in, for the SpaceId of their DM.</summary>
    public async Task<string?> FindTeamAsync(string userId, CancellationToken cancellationToken)
    {
        var record = await store.FindAsync(SlackConversations.Platform, UserKey(userId), cancellationToken);
        if (record is null)
            return null;
        using var document = JsonDocument.Parse(record.Json);
        return SlackApiClient.Text(document.RootElement, "team");
    }

    public static string ConversationKey(string channel) => $"conversation:{channel}";

    public static string UserKey(string userId) => $"user:{userId}";
}
