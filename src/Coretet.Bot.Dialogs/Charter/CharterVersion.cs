namespace Coretet.Bot.Dialogs.Charter;

/// <summary>One published version of an alliance's charter. Versions are numbered from 1 and never change.</summary>
public sealed record CharterVersion(
    string AllianceId,
    int Number,
    IReadOnlyList<string> Objectives,
    IReadOnlyList<string> SharedValues,
    IReadOnlyList<string> WorkingProcedures,
    DateTimeOffset PublishedAt,
    string PublishedBy,
    string PublishedByName)
{
    public static readonly IReadOnlyList<CharterPart> Parts = [CharterPart.Objectives, CharterPart.SharedValues, CharterPart.WorkingProcedures];

    /// <summary>The consensus round that adopted it, when it was adopted through one.</summary>
    public string? RoundId { get; init; }

    public string SubjectId => $"charter:{Number}";

    public IReadOnlyList<string> Items(CharterPart part) => part switch
    {
        CharterPart.Objectives => Objectives,
        CharterPart.SharedValues => SharedValues,
        _ => WorkingProcedures,
    };

    public CharterDraft ToDraft() => new(Objectives, SharedValues, WorkingProcedures);

    /// <summary>The parts whose items differ (order included) from <paramref name="earlier"/>; every part when there is none.</summary>
    public IReadOnlyList<CharterPart> ChangedSince(CharterVersion? earlier) =>
        earlier is null ? Parts : Parts.Where(p => !Items(p).SequenceEqual(earlier.Items(p), StringComparer.Ordinal)).ToList();
}
