using Coretet.Bot.Dialogs.Journal.Exports;
using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Dialogs.Journal;

/// <summary>
/// The words after <c>journal</c> or <c>exporter</c>: a chantier number, a kind, a format. Mentions come from the
/// turn (verified platform entities), not from the text. Null when something is not understood.
/// </summary>
public sealed partial record JournalQuery(string? ChantierNumber, string? Kind, ExportFormat Format)
{
    public const int MaxKindLength = 64;

    public static JournalQuery? Parse(string arguments)
    {
        var words = MentionMarkup().Replace(arguments, " ").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        string? chantier = null, kind = null;
        var format = ExportFormat.Markdown;
        for (var i = 0; i < words.Length; i++)
        {
            var word = CommandParser.Normalize(words[i]);
            if (word.StartsWith('@'))
                continue;
            if (word is "chantier" or "workstream" && i + 1 < words.Length && IsNumber(words[i + 1]))
                chantier = int.Parse(words[++i], System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture);
            else if (word is "type" or "kind" && i + 1 < words.Length && IsKind(words[i + 1]))
                kind = words[++i];
            else if (word is "markdown" or "md" or "rapport" or "report")
                format = ExportFormat.Markdown;
            else if (word is "csv")
                format = ExportFormat.Csv;
            else if (word is "json")
                format = ExportFormat.Json;
            else
                return null;
        }

        return new JournalQuery(chantier, kind, format);
    }

    private static bool IsNumber(string word) => word.Length <= 6 && word.All(char.IsAsciiDigit) && int.Parse(word, System.Globalization.CultureInfo.InvariantCulture) > 0;

    private static bool IsKind(string word) => word.Length <= MaxKindLength && word.All(char.IsAsciiLetterOrDigit);

    /// <summary>Mentions of people stay in the text as markup (Teams <c>&lt;at&gt;Name&lt;/at&gt;</c>, Slack <c>&lt;@U…&gt;</c>); who they are comes from <see cref="Turn.Mentions"/>.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"<at>.*?</at>|<@[^>]*>", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex MentionMarkup();
}
