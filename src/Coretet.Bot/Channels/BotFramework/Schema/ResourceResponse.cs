namespace Coretet.Bot.Channels.BotFramework.Schema;

/// <summary>What the Connector answers to a send/reply/update: the message id.</summary>
public sealed class ResourceResponse
{
    public string? Id { get; set; }
}
