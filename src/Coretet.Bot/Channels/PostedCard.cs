using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Channels;

/// <summary>One posting of a keyed card (<see cref="Dialogs.Views.CardView.Key"/>): refreshed in place when the card changes.</summary>
public sealed record PostedCard(string CardKey, ConversationRef Conversation, string MessageId, Language Language, DateTimeOffset PostedAt);
