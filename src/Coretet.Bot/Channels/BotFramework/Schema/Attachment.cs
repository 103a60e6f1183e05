using System.Text.Json.Nodes;

namespace Coretet.Bot.Channels.BotFramework.Schema;

/// <summary>An Adaptive Card travels as <c>contentType = application/vnd.microsoft.card.adaptive</c> with the card in <see cref="Content"/>.</summary>
public sealed class Attachment
{
    public const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";

    public string? ContentType { get; set; }

    public JsonNode? Content { get; set; }

    public string? ContentUrl { get; set; }

    public string? Name { get; set; }
}
