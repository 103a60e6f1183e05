using System.Globalization;
using System.Text.RegularExpressions;
using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Dialogs.Capture;

/// <summary>
/// Reads <c>[chantier &lt;id&gt;] [hebdo|quinzaine|mensuel] [lundi|15] [9h30] [mp|canal] [tous|participants|animateurs]
/// [cron &lt;expression&gt;]</c> in French or English words, in any order; <c>cron</c> takes the rest of the text.
/// Defaults: weekly, Monday, 09:00, direct messages. Unknown words get a friendly message naming them.
/// </summary>
public static partial class CaptureScheduleParser
{
    private static readonly Dictionary<string, DayOfWeek> Days = new(StringComparer.Ordinal)
    {
        ["lundi"] = DayOfWeek.Monday, ["monday"] = DayOfWeek.Monday, ["mardi"] = DayOfWeek.Tuesday, ["tuesday"] = DayOfWeek.Tuesday,
        ["mercredi"] = DayOfWeek.Wednesday, ["wednesday"] = DayOfWeek.Wednesday, ["jeudi"] = DayOfWeek.Thursday, ["thursday"] = DayOfWeek.Thursday,
        ["vendredi"] = DayOfWeek.Friday, ["friday"] = DayOfWeek.Friday, ["samedi"] = DayOfWeek.Saturday, ["saturday"] = DayOfWeek.Saturday,
        ["dimanche"] = DayOfWeek.Sunday, ["sunday"] = DayOfWeek.Sunday,
    };

    private static readonly Dictionary<string, CadenceKind> Kinds = new(StringComparer.Ordinal)
    {
        ["hebdo"] = CadenceKind.Weekly, ["hebdomadaire"] = CadenceKind.Weekly, ["weekly"] = CadenceKind.Weekly,
        ["quinzaine"] = CadenceKind.Fortnightly, ["bimensuel"] = CadenceKind.Fortnightly, ["fortnightly"] = CadenceKind.Fortnightly, ["biweekly"] = CadenceKind.Fortnightly,
        ["mensuel"] = CadenceKind.Monthly, ["mensuelle"] = CadenceKind.Monthly, ["monthly"] = CadenceKind.Monthly,
    };

    private static readonly Dictionary<string, CaptureAudience> Audiences = new(StringComparer.Ordinal)
    {
        ["tous"] = CaptureAudience.AllAllies, ["all"] = CaptureAudience.AllAllies, ["allies"] = CaptureAudience.AllAllies,
        ["participants"] = CaptureAudience.Participants, ["membres"] = CaptureAudience.Participants, ["members"] = CaptureAudience.Participants,
        ["animateurs"] = CaptureAudience.Animators, ["animateurices"] = CaptureAudience.Animators, ["animators"] = CaptureAudience.Animators,
    };

    private static readonly Dictionary<string, CaptureDelivery> Deliveries = new(StringComparer.Ordinal)
    {
        ["mp"] = CaptureDelivery.Direct, ["dm"] = CaptureDelivery.Direct, ["direct"] = CaptureDelivery.Direct, ["prive"] = CaptureDelivery.Direct,
        ["canal"] = CaptureDelivery.Channel, ["channel"] = CaptureDelivery.Channel,
    };

    public static CaptureScheduleRequest Parse(string arguments, DateOnly today)
    {
        var words = arguments.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var (kind, day, dayOfMonth, time) = (CadenceKind.Weekly, DayOfWeek.Monday, 1, new TimeOnly(9, 0));
        var request = new CaptureScheduleRequest(Cadence.Weekly(day, time));
        string? cron = null;
        for (var i = 0; i < words.Length; i++)
        {
            var word = CommandParser.Normalize(words[i]);
            if (word == "cron")
            {
                cron = string.Join(' ', words.Skip(i + 1)).Trim('"', '\'', '`');
                break;
            }

            if (word == "chantier" && i + 1 < words.Length)
                request = request with { ChantierId = words[++i] };
            else if (Kinds.TryGetValue(word, out var k))
                kind = k;
            else if (Days.TryGetValue(word, out var d))
                day = d;
            else if (Audiences.TryGetValue(word, out var a))
                request = request with { Audience = a };
            else if (Deliveries.TryGetValue(word, out var delivery))
                request = request with { Delivery = delivery };
            else if (TryTime(word, out var t))
                time = t;
            else if (int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                (kind, dayOfMonth) = (CadenceKind.Monthly, n);
            else
                throw new AllianceException(CaptureTexts.UnknownScheduleWord.Format(words[i]));
        }

        var cadence = cron is not null ? Cadence.FromCron(cron)
            : kind switch
            {
                CadenceKind.Monthly => Cadence.Monthly(dayOfMonth, time),
                CadenceKind.Fortnightly => Cadence.Fortnightly(day, time, today),
                _ => Cadence.Weekly(day, time),
            };
        return request with { Cadence = cadence };
    }

    private static bool TryTime(string word, out TimeOnly time)
    {
        time = default;
        var match = TimePattern().Match(word);
        if (!match.Success)
            return false;
        var hour = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
        if (hour > 23 || minute > 59)
            throw new AllianceException(CaptureTexts.BadTime.Format(word));
        time = new TimeOnly(hour, minute);
        return true;
    }

    [GeneratedRegex(@"^(\d{1,2})(?:[:h](\d{2})?)$")]
    private static partial Regex TimePattern();
}
