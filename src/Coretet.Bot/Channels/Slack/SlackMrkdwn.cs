using System.Text;
using System.Text.RegularExpressions;

namespace Coretet.Bot.Channels.Slack;

/// <summary>
/// Slack's mrkdwn (protocols/slack.md §5): only <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> are control characters and
/// must be escaped in any text that is not meant as markup, so <c>&lt;!channel&gt;</c> or <c>&lt;@U123&gt;</c>
/// written by a user is shown literally instead of broadcasting or mentioning.
/// </summary>
internal static partial class SlackMrkdwn
{
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>Reverses Slack's escaping of inbound text (done last, so <c>&amp;lt;</c> stays <c>&amp;lt;</c>).</summary>
    public static string Unescape(string text) =>
        text.Replace("&lt;", "<", StringComparison.Ordinal)
            .Replace("&gt;", ">", StringComparison.Ordinal)
            .Replace("&amp;", "&", StringComparison.Ordinal);

    /// <summary>
    /// The bot's light Markdown (<c>**bold**</c>, <c>[label](url)</c>, <c>- item</c>) to mrkdwn, after escaping, so any
    /// user text the bot quoted in it stays literal.
    /// </summary>
    public static string FromMarkdown(string markdown)
    {
        var text = Escape(markdown);
        text = Bold().Replace(text, "*$1*");
        text = Link().Replace(text, m => $"<{m.Groups[2].Value}|{m.Groups[1].Value}>");
        text = Bullet().Replace(text, "$1• ");
        return text;
    }

    /// <summary>Cuts <paramref name="text"/> to at most <paramref name="max"/> characters, marking the cut.</summary>
    public static string Truncate(string text, int max)
    {
        if (text.Length <= max)
            return text;
        var cut = max - 1;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
            cut--;
        return string.Concat(text.AsSpan(0, cut), "…");
    }

    /// <summary>Splits long text into chunks of at most <paramref name="max"/> characters, at line ends when possible.</summary>
    public static IReadOnlyList<string> Split(string text, int max)
    {
        var chunks = new List<string>();
        var rest = text;
        while (rest.Length > max)
        {
            var cut = rest.LastIndexOf('\n', max - 1);
            if (cut <= 0)
                cut = char.IsHighSurrogate(rest[max - 1]) ? max - 1 : max;
            chunks.Add(rest[..cut]);
            rest = rest[cut..].TrimStart('\n');
        }

        if (rest.Length > 0 || chunks.Count == 0)
            chunks.Add(rest);
        return chunks;
    }

    /// <summary>Items as bullets; each escaped (user text stays literal), with the bot's bold and links converted.</summary>
    public static string Bullets(IEnumerable<string> items)
    {
        var builder = new StringBuilder();
        foreach (var item in items)
            builder.Append("• ").Append(FromMarkdown(item)).Append('\n');
        return builder.ToString().TrimEnd('\n');
    }

    [GeneratedRegex(@"\*\*(.+?)\*\*", RegexOptions.Singleline)]
    private static partial Regex Bold();

    [GeneratedRegex(@"\[([^\]\n]+)\]\((https?://[^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(^|\n)[-*] ")]
    private static partial Regex Bullet();
}
