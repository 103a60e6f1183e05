using System.Text.Json.Nodes;

namespace Coretet.Bot.Channels.BotFramework.Schema;

/// <summary>Body of <c>POST /v3/conversations</c> (fact sheet §3.4): Teams needs the tenant both at the top and in channelData.</summary>
public sealed class ConversationParameters
{
    public bool IsGroup { get; set; }

    public ChannelAccount? Bot { get; set; }

    public List<ChannelAccount>? Members { get; set; }

    public string? TenantId { get; set; }

    public JsonNode? ChannelData { get; set; }

    public Activity? Activity { get; set; }
}
