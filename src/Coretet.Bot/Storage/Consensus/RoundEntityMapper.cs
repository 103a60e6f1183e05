using System.Globalization;
using System.Text.Json;
using Coretet.Bot.Dialogs.Consensus;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Storage.Consensus;

/// <summary>Round ↔ table entity (scalars as properties, revisions/outcome/venues as JSON properties).</summary>
internal static class RoundEntityMapper
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static TableEntity ToEntity(Round round)
    {
        var entity = new TableEntity(TableKeys.Encode(round.AllianceId), TableKeys.Encode(round.Id))
        {
            ["Kind"] = "Round",
            ["RoundId"] = round.Id,
            ["Number"] = round.Number,
            ["AllianceId"] = round.AllianceId,
            ["SubjectKind"] = round.Subject.Kind.ToString(),
            ["InitiatorId"] = round.InitiatorId,
            ["InitiatorName"] = round.InitiatorName,
            ["OpenedAt"] = round.OpenedAt,
            ["Deadline"] = round.Deadline,
            ["TimeZone"] = round.TimeZone,
            ["Status"] = round.Status.ToString(),
            ["Revisions"] = JsonSerializer.Serialize(round.Revisions.Select(r => r.ToRow()).ToList(), Json),
            ["Venues"] = JsonSerializer.Serialize(round.Venues.Select(v => v.ToRow()).ToList(), Json),
            ["VenueLanguage"] = round.VenueLanguage.Code(),
        };
        Optional(entity, "ChantierId", round.Scope.ChantierId);
        Optional(entity, "SubjectId", round.Subject.SubjectId);
        Optional(entity, "Quorum", round.Quorum);
        Optional(entity, "ReviewDate", round.ReviewDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Optional(entity, "Outcome", round.Outcome is null ? null : JsonSerializer.Serialize(round.Outcome.ToRow(), Json));
        return entity;
    }

    public static Versioned<Round> ToDomain(TableEntity e)
    {
        var scope = e.GetString("ChantierId") is { } chantier ? RoundScope.Chantier(chantier) : RoundScope.Alliance;
        var subject = new RoundSubject(Enum.Parse<RoundSubjectKind>(e.GetString("SubjectKind") ?? nameof(RoundSubjectKind.Decision)), e.GetString("SubjectId"));
        var revisions = JsonSerializer.Deserialize<List<RevisionRow>>(e.GetString("Revisions") ?? "[]", Json)!.Select(r => r.ToDomain()).ToList();
        var venues = JsonSerializer.Deserialize<List<ConversationRow>>(e.GetString("Venues") ?? "[]", Json)!.Select(v => v.ToDomain()).ToList();
        var outcome = e.GetString("Outcome") is { } json ? JsonSerializer.Deserialize<OutcomeRow>(json, Json)!.ToDomain() : null;
        var review = e.GetString("ReviewDate") is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
        var data = new RoundData(e.GetString("RoundId")!, e.GetInt32("Number") ?? 0, e.GetString("AllianceId")!, scope, subject,
            e.GetString("InitiatorId")!, e.GetString("InitiatorName") ?? "", e.GetDateTimeOffset("OpenedAt") ?? default,
            e.GetDateTimeOffset("Deadline") ?? default, e.GetString("TimeZone") ?? Dialogs.Alliances.Alliance.DefaultTimeZone,
            e.GetInt32("Quorum"), review, revisions, Enum.Parse<RoundStatus>(e.GetString("Status") ?? nameof(RoundStatus.Open)), outcome,
            venues, Languages.FromLocale(e.GetString("VenueLanguage")));
        return new Versioned<Round>(Round.Restore(data), e.ETag.ToString());
    }

    private static void Optional(TableEntity entity, string key, object? value)
    {
        if (value is not null)
            entity[key] = value;
    }
}
