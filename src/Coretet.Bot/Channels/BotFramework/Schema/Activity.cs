using System.Text.Json;
using System.Text.Json.Serialization;

namespace Coretet.Bot.Channels.BotFramework.Schema;

/// <summary>
/// A Bot Framework activity as it travels on the wire (fact sheet §1). Unknown fields are kept in
/// <see cref="Extra"/> so nothing a channel sends is lost; nulls are omitted when writing.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    public string? Timestamp { get; set; }

    public string? LocalTimestamp { get; set; }

    public string? LocalTimezone { get; set; }

    public string? ServiceUrl { get; set; }

    public string? ChannelId { get; set; }

    public ChannelAccount? From { get; set; }

    public ChannelAccount? Recipient { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public string? Text { get; set; }

    public string? TextFormat { get; set; }

    public string? Locale { get; set; }

    public List<Attachment>? Attachments { get; set; }

    public string? AttachmentLayout { get; set; }

    public List<JsonElement>? Entities { get; set; }

    public JsonElement? ChannelData { get; set; }

    public JsonElement? Value { get; set; }

    public string? Name { get; set; }

    public string? ReplyToId { get; set; }

    public string? Action { get; set; }

    public List<ChannelAccount>? MembersAdded { get; set; }

    public List<ChannelAccount>? MembersRemoved { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
