using System.Globalization;
using System.Text.RegularExpressions;
using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Capture;

/// <summary>An ally's own prompt settings: a pause of some days (holidays), and quiet hours in their own time zone.</summary>
public sealed partial class CapturePreferencesFlow(IAllianceGate gate, ICapturePreferencesStore preferences, TimeProvider clock) : Flow
{
    public static readonly CommandSpec PausePrompts = new("capture.mypause", ["pause questions", "pause capture perso"], ["pause prompts"], CaptureTexts.PausePromptsDescription) { Arguments = CaptureTexts.PausePromptsArguments };
    public static readonly CommandSpec Quiet = new("capture.quiet", "heures calmes", "quiet hours", CaptureTexts.QuietDescription) { Arguments = CaptureTexts.QuietArguments };

    public override IReadOnlyList<CommandSpec> Commands => [PausePrompts, Quiet];

    public override async Task<TurnResult> OnCommandAsync(Turn turn, CommandMatch match, CancellationToken cancellationToken)
    {
        var context = await gate.RequireAllyAsync(turn, cancellationToken);
        var current = await preferences.GetAsync(context.Alliance.Id, context.UserKey, cancellationToken) with { Unreachable = false };
        var argument = CommandParser.Normalize(match.Arguments.Trim());
        var (updated, answer) = match.Command == PausePrompts ? ApplyPause(current, argument) : ApplyQuiet(current, argument, turn.TimeZone ?? context.Ally?.TimeZone ?? context.Alliance.TimeZone);
        await preferences.SaveAsync(updated, cancellationToken);
        return TurnResult.Text(answer.In(turn.Language));
    }

    private (CapturePreferences, LocalizedText) ApplyPause(CapturePreferences current, string argument)
    {
        if (argument is "fin" or "off" or "stop" or "0")
            return (current.EndPause(), CaptureTexts.PauseEnded);
        if (!int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var days))
            throw new AllianceException(CaptureTexts.BadPauseDays.Format(CapturePreferences.MaxPauseDays));
        var updated = current.PauseFor(days, clock.GetUtcNow());
        return (updated, CaptureTexts.PausedFor.Format(days, updated.PausedUntil!.Value.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
    }

    private static (CapturePreferences, LocalizedText) ApplyQuiet(CapturePreferences current, string argument, string timeZone)
    {
        if (argument is "aucune" or "aucun" or "off" or "none")
            return (current with { Quiet = null }, CaptureTexts.QuietCleared);
        var match = RangePattern().Match(argument);
        if (!match.Success || !TryTime(match.Groups[1].Value, out var start) || !TryTime(match.Groups[2].Value, out var end) || start == end)
            throw new AllianceException(CaptureTexts.BadQuietHours);
        return (current with { Quiet = new QuietHours(start, end) },
            CaptureTexts.QuietSet.Format(start.ToString("HH:mm", CultureInfo.InvariantCulture), end.ToString("HH:mm", CultureInfo.InvariantCulture), timeZone));
    }

    private static bool TryTime(string text, out TimeOnly time)
    {
        var parts = text.Split([':', 'h']);
        time = default;
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var hour) || hour > 23)
            return false;
        var minute = 0;
        if (parts.Length > 1 && parts[1].Length > 0 && (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out minute) || minute > 59))
            return false;
        time = new TimeOnly(hour, minute);
        return true;
    }

    [GeneratedRegex(@"^(\d{1,2}(?:[:h]\d{0,2})?)\s*(?:-|a|to)\s*(\d{1,2}(?:[:h]\d{0,2})?)$")]
    private static partial Regex RangePattern();
}
