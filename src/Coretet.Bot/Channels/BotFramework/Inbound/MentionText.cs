using System.Text.RegularExpressions;
using Coretet.Bot.Channels.BotFramework.Schema;
using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Channels.BotFramework.Inbound;

/// <summary>
/// Mentions come from entities, never from the (user-editable) text (fact sheet §4.5): the bot's own mention is
/// removed from the text; other mentioned people become <see cref="Turn.Mentions"/>.
/// </summary>
public static partial class MentionText
{
    public static string? StripBot(Activity activity)
    {
        var text = activity.Text;
        if (text is null)
            return null;
        var botId = activity.Recipient?.Id;
        foreach (var mention in TurnMapper.Entities(activity, "mention"))
        {
            var mentioned = mention.Get("mentioned");
            if (botId is null || mentioned.GetString("id") != botId)
                continue;
            var tag = mention.GetString("text") ?? $"<at>{mentioned.GetString("name")}</at>";
            text = text.Replace(tag, " ", StringComparison.OrdinalIgnoreCase);
        }

        return Spaces().Replace(text, " ").Trim();
    }

    public static IReadOnlyList<UserRef> OthersThanBot(Activity activity)
    {
        var botId = activity.Recipient?.Id;
        var platform = TurnMapper.Platform(activity);
        return TurnMapper.Entities(activity, "mention")
            .Select(m => m.Get("mentioned"))
            .Select(m => (Id: m.GetString("id"), Name: m.GetString("name"), Aad: m.GetString("aadObjectId")))
            .Where(m => !string.IsNullOrEmpty(m.Id) && m.Id != botId)
            .DistinctBy(m => m.Id)
            .Select(m => new UserRef(platform, m.Id!, m.Name ?? "") { AadObjectId = m.Aad })
            .ToList();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
