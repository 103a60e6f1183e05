using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Channels;

/// <summary>
/// One platform's outbound side (Bot Framework/Teams, Slack): renders neutral views to the platform's format and
/// sends them through its API, with its rate limits and retries. Used by <see cref="IReplyDispatcher"/>.
/// </summary>
public interface IChannelSender
{
    /// <summary>True for the platform ids this sender serves (Bot Framework: <c>msteams</c>, <c>emulator</c>, <c>webchat</c>...).</summary>
    bool Handles(string platform);

    /// <summary>Post into a conversation the bot knows (a reference was stored from an inbound request). Returns the platform message id.</summary>
    Task<string?> SendAsync(ConversationRef conversation, View view, CancellationToken cancellationToken);

    /// <summary>Post a direct (1:1) message to a person, opening the conversation when needed. Returns where it went and the message id.</summary>
    Task<PostedMessage?> SendDirectAsync(UserRef user, View view, CancellationToken cancellationToken);

    /// <summary>Replace an earlier message in place.</summary>
    Task UpdateAsync(ConversationRef conversation, string messageId, View view, CancellationToken cancellationToken);
}
