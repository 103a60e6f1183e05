namespace Coretet.Bot.Dialogs.Capture;

/// <summary>A guiding principle drawn from experience: its text, the experiences it cites, and its consensus round.</summary>
public sealed record Principle(string Id, string AllianceId, string Text, string ProposedBy, string ProposedByName, DateTimeOffset ProposedAt)
{
    public const int MaxLength = 500;

    public IReadOnlyList<string> ExperienceIds { get; init; } = [];

    public PrincipleStatus Status { get; init; }

    public string? RoundId { get; init; }
}
