namespace Coretet.Bot.Channels.BotFramework.Schema;

/// <summary>Answer of <c>POST /v3/conversations</c>: the new conversation's id (Teams personal chats: <c>a:…</c>).</summary>
public sealed class ConversationResourceResponse
{
    public string? Id { get; set; }

    public string? ActivityId { get; set; }

    public string? ServiceUrl { get; set; }
}
