using System.Globalization;
using System.Text;

namespace Coretet.Bot.Dialogs.Routing;

/// <summary>
/// Finds the command a text starts with. Matching ignores case, accents, the inclusive middle dot
/// (<c>allié·es</c> = <c>alliees</c> = <c>allies</c> when declared) and a leading slash; the longest command wins
/// (<c>nouveau chantier</c> before <c>chantier</c>).
/// </summary>
public sealed class CommandParser
{
    private readonly List<(string[] Words, CommandSpec Command)> entries = [];

    public CommandParser(IEnumerable<CommandSpec> commands)
    {
        foreach (var command in commands)
        {
            foreach (var phrase in command.French.Concat(command.English).Distinct())
                entries.Add((Tokenize(phrase), command));
        }

        entries.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    public CommandMatch? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var trimmed = text.Trim().TrimStart('/');
        var original = trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var words = original.Select(Normalize).ToArray();
        foreach (var (phrase, command) in entries)
        {
            if (phrase.Length <= words.Length && phrase.AsSpan().SequenceEqual(words.AsSpan(0, phrase.Length)))
                return new CommandMatch(command, string.Join(' ', original.Skip(phrase.Length)));
        }

        return null;
    }

    private static string[] Tokenize(string phrase) =>
        phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Normalize).ToArray();

    public static string Normalize(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '·' or '•' or '.' or '\u2027')
                continue;
            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
