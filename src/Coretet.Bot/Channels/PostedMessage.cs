using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Channels;

/// <summary>A message the bot posted: where, and the platform's id for it (for updates in place).</summary>
public sealed record PostedMessage(ConversationRef Conversation, string MessageId);
