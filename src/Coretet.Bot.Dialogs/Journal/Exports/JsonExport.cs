using System.Text.Json;

namespace Coretet.Bot.Dialogs.Journal.Exports;

/// <summary>Everything, with ids: the alliance, the scope, every entry (both languages, all facts), the allies (public facts) and chantiers.</summary>
public static class JsonExport
{
    public static byte[] Write(JournalExport export)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartObject("alliance");
            json.WriteString("id", export.AllianceId);
            json.WriteString("name", export.AllianceName);
            json.WriteString("timeZone", export.TimeZone);
            json.WriteEndObject();
            json.WriteStartObject("scope");
            json.WriteString("chantierId", export.ChantierId);
            json.WriteString("label", export.Scope.In(export.Language));
            json.WriteEndObject();
            json.WriteString("generatedAt", export.GeneratedAt);
            WriteEntries(json, export);
            WriteAllies(json, export);
            WriteChantiers(json, export);
            RoundRecordJson.Write(json, export.Rounds);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteEntries(Utf8JsonWriter json, JournalExport export)
    {
        json.WriteStartArray("entries");
        foreach (var e in export.Entries)
        {
            json.WriteStartObject();
            json.WriteString("id", e.Id);
            json.WriteString("kind", e.Kind);
            json.WriteString("at", e.At);
            json.WriteString("actorId", e.ActorId);
            json.WriteString("actorName", e.ActorName);
            json.WriteString("chantierId", e.ChantierId);
            json.WriteString("roundId", e.RoundId);
            json.WriteString("subjectId", e.SubjectId);
            json.WriteStartObject("summary");
            json.WriteString("fr", e.Summary.French);
            json.WriteString("en", e.Summary.English);
            json.WriteEndObject();
            json.WriteStartObject("data");
            foreach (var (key, value) in e.Data.OrderBy(d => d.Key, StringComparer.Ordinal))
                json.WriteString(key, value);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteAllies(Utf8JsonWriter json, JournalExport export)
    {
        json.WriteStartArray("allies");
        foreach (var ally in export.Allies)
        {
            json.WriteStartObject();
            json.WriteString("id", ally.Id);
            json.WriteString("name", ally.Name);
            json.WriteString("status", ally.Status.ToString());
            json.WriteString("engagement", ally.Engagement.ToString());
            json.WriteNumber("signedVersion", ally.SignedVersion);
            json.WriteString("signedAt", ally.SignedAt);
            json.WriteString("organisation", ally.Organisation);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteChantiers(Utf8JsonWriter json, JournalExport export)
    {
        json.WriteStartArray("chantiers");
        foreach (var chantier in export.Chantiers)
        {
            json.WriteStartObject();
            json.WriteString("id", chantier.Id);
            json.WriteString("title", chantier.Title);
            json.WriteBoolean("isOpen", chantier.IsOpen);
            WriteIds(json, "animators", chantier.Animators);
            WriteIds(json, "participants", chantier.Participants);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteIds(Utf8JsonWriter json, string name, IReadOnlyList<string> ids)
    {
        json.WriteStartArray(name);
        foreach (var id in ids)
            json.WriteStringValue(id);
        json.WriteEndArray();
    }
}
