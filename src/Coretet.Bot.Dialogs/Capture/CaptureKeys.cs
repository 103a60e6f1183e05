using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Coretet.Bot.Dialogs.Capture;

/// <summary>Ids and claim keys of the capture capability (opaque, no user input in them).</summary>
public static class CaptureKeys
{
    public const string PromptClaimScope = "capture.prompt";

    public const string ReminderClaimScope = "capture.reminder";

    public const string DigestClaimScope = "capture.digest";

    /// <summary>The alliance's channel post for an occurrence is claimed with this instead of an ally id.</summary>
    public const string ChannelRecipient = "#channel";

    public static string Occurrence(string scheduleId, DateTimeOffset occurrence) =>
        $"{scheduleId}@{occurrence.UtcDateTime.ToString("yyyyMMdd'T'HHmm'Z'", CultureInfo.InvariantCulture)}";

    public static bool TryParseOccurrence(string? key, out string scheduleId, out DateTimeOffset occurrence)
    {
        scheduleId = "";
        occurrence = default;
        var at = key?.IndexOf('@', StringComparison.Ordinal) ?? -1;
        if (at <= 0 || !DateTimeOffset.TryParseExact(key![(at + 1)..], "yyyyMMdd'T'HHmm'Z'", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out occurrence))
            return false;
        scheduleId = key[..at];
        return IsId(scheduleId);
    }

    /// <summary>One claim per (schedule occurrence, recipient).</summary>
    public static string Prompt(string occurrenceKey, string recipient) => $"{occurrenceKey}|{recipient}";

    public static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));

    /// <summary>The same answer slot always gets the same experience id, so a second answer replaces the first.</summary>
    public static string ExperienceId(string occurrenceKey, string allyId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{occurrenceKey}|{allyId}")))[..8];

    /// <summary>Ids the bot generates: 8 lower-case hex digits.</summary>
    public static bool IsId(string? value) =>
        value is { Length: 8 } && value.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));
}
