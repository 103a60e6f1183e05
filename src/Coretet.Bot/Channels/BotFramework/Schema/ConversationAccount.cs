using System.Text.Json;
using System.Text.Json.Serialization;

namespace Coretet.Bot.Channels.BotFramework.Schema;

/// <summary>Teams <see cref="ConversationType"/> is <c>personal</c>, <c>groupChat</c> or <c>channel</c>.</summary>
public sealed class ConversationAccount
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public bool? IsGroup { get; set; }

    public string? ConversationType { get; set; }

    public string? TenantId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
