using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Dialogs.Capture;

/// <summary>
/// Capitalised experience: what an ally answered to a prompt, or shared on their own. Linked to the ally, the
/// chantier, the schedule occurrence and optionally a decision under review. "Nothing to report" is recorded too.
/// </summary>
public sealed record Experience(string Id, string AllianceId, string AllyId, string AllyName, DateTimeOffset At)
{
    public const int MaxAnswerLength = 2000;

    public const int MaxTags = 8;

    public string? ChantierId { get; init; }

    public string? ScheduleId { get; init; }

    public string? OccurrenceKey { get; init; }

    public string? DecisionId { get; init; }

    public IReadOnlyList<ExperienceAnswer> Answers { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    public bool NothingToReport { get; init; }

    /// <summary>Builds an experience from form answers: trims, drops empty ones, refuses an empty or oversized answer set.</summary>
    public static Experience FromAnswers(Experience header, IEnumerable<ExperienceAnswer> answers, string? tags)
    {
        var kept = answers
            .Select(a => a with { Text = a.Text.Trim() })
            .Where(a => a.Text.Length > 0)
            .ToList();
        if (kept.Count == 0)
            throw new AllianceException(CaptureTexts.EmptyExperience);
        if (kept.Any(a => a.Text.Length > MaxAnswerLength))
            throw new AllianceException(CaptureTexts.AnswerTooLong.Format(MaxAnswerLength));
        return header with { Answers = kept, Tags = ParseTags(tags), NothingToReport = false };
    }

    public static Experience Nothing(Experience header) => header with { Answers = [], Tags = [], NothingToReport = true };

    private static List<string> ParseTags(string? tags) =>
        (tags ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => t.TrimStart('#'))
            .Where(t => t.Length is > 0 and <= 40)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(MaxTags)
            .ToList();
}
