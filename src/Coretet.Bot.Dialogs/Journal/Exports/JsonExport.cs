using System.Text.Json;
using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Dialogs.Consensus;

namespace Coretet.Bot.Dialogs.Journal.Exports;

/// <summary>
/// Everything, with ids: the alliance, the scope, every entry (both languages, all facts), the allies (public facts),
/// the chantiers, the rounds (revisions, outcome, positions with their history and answers), the experiences with
/// their answers and the guiding principles with the experiences they cite. Each JSON object is
/// declared once below as a record; the serializer is the only writer (camelCase names, in declaration order).
/// </summary>
public static class JsonExport
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static byte[] Write(JournalExport export) => JsonSerializer.SerializeToUtf8Bytes(Document(export), Options);

    private static DocumentJson Document(JournalExport export) => new(
        new AllianceJson(export.AllianceId, export.AllianceName, export.TimeZone),
        new ScopeJson(export.ChantierId, export.Scope.In(export.Language)),
        export.GeneratedAt,
        [.. export.Entries.Select(Entry)],
        [.. export.Allies.Select(a => new AllyJson(a.Id, a.Name, a.Status.ToString(), a.Engagement.ToString(), a.SignedVersion, a.SignedAt, a.Organisation))],
        [.. export.Chantiers.Select(Chantier)],
        [.. export.Rounds.Select(RoundRecord)],
        [.. export.Experiences.Select(ExperienceRecord)],
        [.. export.Principles.Select(p => new PrincipleJson(p.Id, p.Text, p.Status.ToString(), p.ProposedBy, p.ProposedByName, p.ProposedAt, p.ExperienceIds, p.RoundId))]);

    private static EntryJson Entry(JournalEntry e) =>
        new(e.Id, e.Kind, e.At, e.ActorId, e.ActorName, e.ChantierId, e.RoundId, e.SubjectId, new SummaryJson(e.Summary.French, e.Summary.English),
            new SortedDictionary<string, string>(e.Data.ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal), StringComparer.Ordinal));

    private static ChantierJson Chantier(ChantierSummary c) => new(c.Id, c.Title, c.IsOpen, c.Animators, c.Participants);

    private static RoundJson RoundRecord(RoundSnapshot record)
    {
        var r = record.Round;
        var outcome = r.Outcome is { } o ? new OutcomeJson(o.Kind.ToString(), o.Computed.ToString(), o.ClosedAt, o.ClosedBy, o.Statement, o.ArbitratedBy) : null;
        return new RoundJson(r.Id, r.Number, r.Scope.ChantierId, r.Subject.Kind.ToString(), r.Subject.SubjectId, r.InitiatorId, r.OpenedAt, r.Deadline,
            r.Status.ToString(), [.. r.Revisions.Select(v => new RevisionJson(v.Number, v.Text, v.AuthorId, v.At))], outcome, [.. record.Positions.Select(PositionRecord)]);
    }

    private static ExperienceJson ExperienceRecord(Experience e) =>
        new(e.Id, e.At, e.AllyId, e.AllyName, e.ChantierId, e.DecisionId, e.Tags,
            [.. e.Answers.Select(a => new AnswerJson(a.QuestionKey, new SummaryJson(a.Question.French, a.Question.English), a.Text))]);

    private static PositionJson PositionRecord(Position p) =>
        new(p.AllyId, p.AllyName, p.Stance.ToString(), p.Reason, p.RevisionNumber, p.At, p.Late,
            [.. p.History.Select(h => new ChangeJson(h.Stance.ToString(), h.Reason, h.RevisionNumber, h.At))],
            [.. p.Responses.Select(a => new ResponseJson(a.Id, a.AuthorId, a.AuthorName, a.Text, a.At, a.Addressed))]);

    private sealed record DocumentJson(AllianceJson Alliance, ScopeJson Scope, DateTimeOffset GeneratedAt, IReadOnlyList<EntryJson> Entries,
        IReadOnlyList<AllyJson> Allies, IReadOnlyList<ChantierJson> Chantiers, IReadOnlyList<RoundJson> Rounds,
        IReadOnlyList<ExperienceJson> Experiences, IReadOnlyList<PrincipleJson> Principles);

    private sealed record AllianceJson(string Id, string Name, string TimeZone);

    private sealed record ScopeJson(string? ChantierId, string Label);

    private sealed record EntryJson(string? Id, string Kind, DateTimeOffset At, string ActorId, string ActorName, string? ChantierId, string? RoundId,
        string? SubjectId, SummaryJson Summary, SortedDictionary<string, string> Data);

    private sealed record SummaryJson(string Fr, string En);

    private sealed record AllyJson(string Id, string Name, string Status, string Engagement, int SignedVersion, DateTimeOffset SignedAt, string? Organisation);

    private sealed record ChantierJson(string Id, string Title, bool IsOpen, IReadOnlyList<string> Animators, IReadOnlyList<string> Participants);

    private sealed record RoundJson(string Id, int Number, string? ChantierId, string Subject, string? SubjectId, string InitiatorId, DateTimeOffset OpenedAt,
        DateTimeOffset Deadline, string Status, IReadOnlyList<RevisionJson> Revisions, OutcomeJson? Outcome, IReadOnlyList<PositionJson> Positions);

    private sealed record RevisionJson(int Number, string Text, string AuthorId, DateTimeOffset At);

    private sealed record OutcomeJson(string Kind, string Computed, DateTimeOffset ClosedAt, string ClosedBy, string? Statement, string? ArbitratedBy);

    private sealed record PositionJson(string AllyId, string AllyName, string Stance, string? Reason, int Revision, DateTimeOffset At, bool Late,
        IReadOnlyList<ChangeJson> History, IReadOnlyList<ResponseJson> Responses);

    private sealed record ChangeJson(string Stance, string? Reason, int Revision, DateTimeOffset At);

    private sealed record ResponseJson(int Id, string AuthorId, string AuthorName, string Text, DateTimeOffset At, bool Addressed);

    private sealed record ExperienceJson(string Id, DateTimeOffset At, string AllyId, string AllyName, string? ChantierId, string? DecisionId,
        IReadOnlyList<string> Tags, IReadOnlyList<AnswerJson> Answers);

    private sealed record AnswerJson(string QuestionKey, SummaryJson Question, string Text);

    private sealed record PrincipleJson(string Id, string Text, string Status, string ProposedBy, string ProposedByName, DateTimeOffset ProposedAt,
        IReadOnlyList<string> ExperienceIds, string? RoundId);
}
