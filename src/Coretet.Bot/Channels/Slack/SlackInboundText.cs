using System.Text.RegularExpressions;

namespace Coretet.Bot.Channels.Slack;

/// <summary>
/// Slack delivers message and command text escaped, with mentions and links as <c>&lt;…&gt;</c> tokens
/// (protocols/slack.md §5). This turns it into plain text for the flows: the bot's own mention removed, other
/// mentions collected and shown as <c>@name</c>, broadcasts as <c>@channel</c>, entities decoded.
/// </summary>
internal static partial class SlackInboundText
{
    public static SlackDecodedText Decode(string? raw, string? botUserId)
    {
        if (string.IsNullOrEmpty(raw))
            return new SlackDecodedText(string.Empty, []);
        var mentions = new List<SlackMention>();
        var text = Token().Replace(raw, match => Replace(match, botUserId, mentions));
        text = SlackMrkdwn.Unescape(text);
        return new SlackDecodedText(Whitespace().Replace(text, " ").Trim(), mentions);
    }

    private static string Replace(Match match, string? botUserId, List<SlackMention> mentions)
    {
        var body = match.Groups[1].Value;
        var bar = body.IndexOf('|', StringComparison.Ordinal);
        var target = bar < 0 ? body : body[..bar];
        var label = bar < 0 ? null : body[(bar + 1)..];
        switch (target)
        {
            case ['@', ..]:
                var id = target[1..];
                if (id == botUserId)
                    return string.Empty;
                if (!mentions.Exists(m => m.UserId == id))
                    mentions.Add(new SlackMention(id, label));
                return "@" + (label ?? id);
            case ['#', ..]:
                return "#" + (label ?? target[1..]);
            case ['!', ..]:
                var special = target[1..];
                var caret = special.IndexOf('^', StringComparison.Ordinal);
                return label ?? "@" + (caret < 0 ? special : special[..caret]);
            default:
                return target;
        }
    }

    [GeneratedRegex("<([^<>]+)>")]
    private static partial Regex Token();

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Whitespace();
}

internal sealed record SlackMention(string UserId, string? Label);

internal sealed record SlackDecodedText(string Text, IReadOnlyList<SlackMention> Mentions);
