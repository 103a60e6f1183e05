using System.Text.Json;

namespace Coretet.Bot.Tests.Support;

/// <summary>The mock Teams context the Agents Playground serves (<c>GET /_internal/v1/config</c>).</summary>
public sealed record PlaygroundConversations(string BotId, string BotName, string UserId, string PersonalChatId, string GroupChatId, string ChannelId)
{
    public static PlaygroundConversations From(JsonElement config)
    {
        var bot = config.GetProperty("bot");
        return new PlaygroundConversations(
            bot.GetProperty("id").GetString()!,
            bot.GetProperty("name").GetString()!,
            config.GetProperty("currentUser").GetProperty("id").GetString()!,
            config.GetProperty("personalChat").GetProperty("id").GetString()!,
            config.GetProperty("groupChats")[0].GetProperty("id").GetString()!,
            config.GetProperty("teams")[0].GetProperty("channels")[0].GetProperty("id").GetString()!);
    }
}
