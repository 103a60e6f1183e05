namespace Coretet.Bot.Dialogs.Journal;

/// <summary>
/// What never leaves in a journal view or an export: an ally's private settings (quiet hours, paused prompts,
/// unreachable status, time zone). Entries about them are dropped, and such facts are removed from any entry's data.
/// </summary>
public static class JournalPrivacy
{
    private static readonly string[] PrivateWords = ["quiet", "unreachable", "mypause", "promptspaused", "promptsresumed", "pausedprompts", "pauseuntil", "pauseduntil", "timezone", "preferences"];

    public static bool IsPrivate(string name) =>
        PrivateWords.Any(w => name.Replace("_", "", StringComparison.Ordinal).Contains(w, StringComparison.OrdinalIgnoreCase));

    /// <summary>The entry as it may be shown to others, or null when it is private altogether.</summary>
    public static JournalEntry? Public(JournalEntry entry)
    {
        if (IsPrivate(entry.Kind))
            return null;
        if (!entry.Data.Keys.Any(IsPrivate))
            return entry;
        return entry with { Data = entry.Data.Where(d => !IsPrivate(d.Key)).ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal) };
    }
}
