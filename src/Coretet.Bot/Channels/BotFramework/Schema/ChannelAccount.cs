using System.Text.Json;
using System.Text.Json.Serialization;

namespace Coretet.Bot.Channels.BotFramework.Schema;

/// <summary>A user or bot: Teams user ids look like <c>29:…</c>, the bot like <c>28:&lt;appId&gt;</c>.</summary>
public sealed class ChannelAccount
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? AadObjectId { get; set; }

    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
