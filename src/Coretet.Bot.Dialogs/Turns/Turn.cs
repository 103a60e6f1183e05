namespace Coretet.Bot.Dialogs.Turns;

/// <summary>
/// One channel-neutral turn: who, where, what (text or card action), in which language.
/// Built by a channel adapter from a verified request; flows never see platform payloads.
/// </summary>
public sealed record Turn(TurnKind Kind, UserRef From, ConversationRef Conversation, Language Language)
{
    /// <summary>Message text with mentions of the bot removed and whitespace trimmed.</summary>
    public string? Text { get; init; }

    public CardAction? Action { get; init; }

    /// <summary>Platform id of the message this turn answers (the card that was clicked), for updates in place.</summary>
    public string? ReplyToId { get; init; }

    /// <summary>Platform id of the inbound activity/event, for logs and deduplication.</summary>
    public string? ActivityId { get; init; }

    /// <summary>The user's IANA time zone when the platform tells it.</summary>
    public string? TimeZone { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>People mentioned in the text, the bot itself excluded (Teams mention entities, Slack <c>&lt;@U…&gt;</c>).</summary>
    public IReadOnlyList<UserRef> Mentions { get; init; } = [];
}
