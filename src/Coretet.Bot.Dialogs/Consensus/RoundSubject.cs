namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>The subject of a round: a kind and, except for free decisions, the id of the object decided on.</summary>
public sealed record RoundSubject(RoundSubjectKind Kind, string? SubjectId)
{
    public static readonly RoundSubject Decision = new(RoundSubjectKind.Decision, null);
}
