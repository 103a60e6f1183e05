namespace Coretet.Bot.Storage.Capture;

/// <summary>Table names of the capture capability (docs/capture.md "Tables").</summary>
internal static class CaptureTables
{
    public const string Schedules = "CaptureSchedules";
    public const string Experiences = "Experiences";
    public const string Occurrences = "CaptureOccurrences";
    public const string Prompts = "CapturePrompts";
    public const string Preferences = "CapturePreferences";
    public const string Principles = "Principles";

    /// <summary>Who is marked unreachable where: PartitionKey = ally id, RowKey = alliance id (both encoded).</summary>
    public const string Unreachable = "CaptureUnreachable";

    /// <summary>Every occurrence lives in this one partition: a few per schedule per week, read by the follow-up sweep.</summary>
    public const string OccurrencePartition = "occurrences";

    public static TEnum Parse<TEnum>(string? value, TEnum fallback)
        where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(value, out var parsed) ? parsed : fallback;
}
