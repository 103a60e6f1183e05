namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>One version of the proposal. Revision 1 is the opening text; each amendment adds one.</summary>
public sealed record Revision(int Number, string Text, string AuthorId, DateTimeOffset At);
