using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Dialogs.Chantiers;

/// <summary>What the opening form asked for, already parsed; <see cref="Chantier.Open"/> checks the rules.</summary>
public sealed record ChantierDraft(string Title, ChantierKind Kind, string Purpose)
{
    public DateOnly? ReviewDate { get; init; }

    public ConversationRef? LinkedConversation { get; init; }
}
