using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Dialogs.Alliances;

/// <summary>
/// The ways a turn leads to its alliance: the enclosing team or workspace, the conversation itself, and for 1:1
/// chats the last alliance the person acted in.
/// </summary>
public static class AllianceAddresses
{
    public static string? Space(ConversationRef conversation) =>
        string.IsNullOrEmpty(conversation.SpaceId) ? null : $"space:{conversation.Platform}:{conversation.SpaceId}";

    public static string Conversation(ConversationRef conversation) => $"conversation:{conversation.Key}";

    public static string Person(UserRef user) => $"person:{user.Key}";

    /// <summary>Where an alliance attaches this conversation: the whole team/workspace when known, else the conversation.</summary>
    public static string Attach(ConversationRef conversation) => Space(conversation) ?? Conversation(conversation);
}
