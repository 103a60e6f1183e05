namespace Coretet.Bot.Dialogs.Journal;

/// <summary>Which entries to read: those of one chantier, one ally (as actor) and/or one kind; null = any.</summary>
public sealed record JournalFilter(string? ChantierId = null, string? ActorId = null, string? Kind = null)
{
    public static readonly JournalFilter All = new();

    public bool IsEmpty => ChantierId is null && ActorId is null && Kind is null;

    public bool Matches(JournalEntry entry) =>
        (ChantierId is null || entry.ChantierId == ChantierId)
        && (ActorId is null || entry.ActorId == ActorId)
        && (Kind is null || entry.Kind == Kind);
}
