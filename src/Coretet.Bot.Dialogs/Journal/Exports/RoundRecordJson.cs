using System.Text.Json;
using Coretet.Bot.Dialogs.Consensus;

namespace Coretet.Bot.Dialogs.Journal.Exports;

/// <summary>The rounds of a JSON export: everything of each round, with ids (revisions, outcome, positions, history, answers).</summary>
internal static class RoundRecordJson
{
    public static void Write(Utf8JsonWriter json, IReadOnlyList<RoundSnapshot> records)
    {
        json.WriteStartArray("rounds");
        foreach (var record in records)
        {
            var round = record.Round;
            json.WriteStartObject();
            json.WriteString("id", round.Id);
            json.WriteNumber("number", round.Number);
            json.WriteString("chantierId", round.Scope.ChantierId);
            json.WriteString("subject", round.Subject.Kind.ToString());
            json.WriteString("subjectId", round.Subject.SubjectId);
            json.WriteString("initiatorId", round.InitiatorId);
            json.WriteString("openedAt", round.OpenedAt);
            json.WriteString("deadline", round.Deadline);
            json.WriteString("status", round.Status.ToString());
            WriteRevisions(json, round);
            WriteOutcome(json, round.Outcome);
            json.WriteStartArray("positions");
            foreach (var position in record.Positions)
                WritePosition(json, position);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteRevisions(Utf8JsonWriter json, Round round)
    {
        json.WriteStartArray("revisions");
        foreach (var revision in round.Revisions)
        {
            json.WriteStartObject();
            json.WriteNumber("number", revision.Number);
            json.WriteString("text", revision.Text);
            json.WriteString("authorId", revision.AuthorId);
            json.WriteString("at", revision.At);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteOutcome(Utf8JsonWriter json, Outcome? outcome)
    {
        if (outcome is null)
        {
            json.WriteNull("outcome");
            return;
        }

        json.WriteStartObject("outcome");
        json.WriteString("kind", outcome.Kind.ToString());
        json.WriteString("computed", outcome.Computed.ToString());
        json.WriteString("closedAt", outcome.ClosedAt);
        json.WriteString("closedBy", outcome.ClosedBy);
        json.WriteString("statement", outcome.Statement);
        json.WriteString("arbitratedBy", outcome.ArbitratedBy);
        json.WriteEndObject();
    }

    private static void WritePosition(Utf8JsonWriter json, Position position)
    {
        json.WriteStartObject();
        json.WriteString("allyId", position.AllyId);
        json.WriteString("allyName", position.AllyName);
        json.WriteString("stance", position.Stance.ToString());
        json.WriteString("reason", position.Reason);
        json.WriteNumber("revision", position.RevisionNumber);
        json.WriteString("at", position.At);
        json.WriteBoolean("late", position.Late);
        json.WriteStartArray("history");
        foreach (var change in position.History)
        {
            json.WriteStartObject();
            json.WriteString("stance", change.Stance.ToString());
            json.WriteString("reason", change.Reason);
            json.WriteNumber("revision", change.RevisionNumber);
            json.WriteString("at", change.At);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("responses");
        foreach (var answer in position.Responses)
        {
            json.WriteStartObject();
            json.WriteNumber("id", answer.Id);
            json.WriteString("authorId", answer.AuthorId);
            json.WriteString("authorName", answer.AuthorName);
            json.WriteString("text", answer.Text);
            json.WriteString("at", answer.At);
            json.WriteBoolean("addressed", answer.Addressed);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
