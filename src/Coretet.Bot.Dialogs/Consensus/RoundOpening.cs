using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>A round just opened and what to send: the round card in the scope's conversations, invitations to allies.</summary>
public sealed record RoundOpening(Round Round, TurnResult Result);
