using System.Text.Json;
using Coretet.Bot.Dialogs.Consensus;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Storage.Consensus;

/// <summary>Position ↔ table entity: PartitionKey = the round, RowKey = the ally (both encoded).</summary>
internal static class PositionEntityMapper
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string PartitionKey(string roundId) => TableKeys.Encode(roundId);

    public static string RowKey(string allyId) => TableKeys.Encode(allyId);

    public static TableEntity ToEntity(Position p)
    {
        var entity = new TableEntity(PartitionKey(p.RoundId), RowKey(p.AllyId))
        {
            ["RoundId"] = p.RoundId,
            ["AllyId"] = p.AllyId,
            ["AllyName"] = p.AllyName,
            ["Stance"] = p.Stance.ToString(),
            ["Revision"] = p.RevisionNumber,
            ["At"] = p.At,
            ["Late"] = p.Late,
            ["History"] = JsonSerializer.Serialize(p.History.Select(h => h.ToRow()).ToList(), Json),
            ["Responses"] = JsonSerializer.Serialize(p.Responses.Select(r => r.ToRow()).ToList(), Json),
        };
        if (p.Reason is not null)
            entity["Reason"] = p.Reason;
        return entity;
    }

    public static Versioned<Position> ToDomain(TableEntity e)
    {
        var history = JsonSerializer.Deserialize<List<PositionChangeRow>>(e.GetString("History") ?? "[]", Json)!.Select(h => h.ToDomain()).ToList();
        var responses = JsonSerializer.Deserialize<List<DissentResponseRow>>(e.GetString("Responses") ?? "[]", Json)!.Select(r => r.ToDomain()).ToList();
        var data = new PositionData(e.GetString("RoundId")!, e.GetString("AllyId")!, e.GetString("AllyName") ?? "",
            Enum.Parse<Stance>(e.GetString("Stance")!), e.GetString("Reason"), e.GetInt32("Revision") ?? 1, e.GetDateTimeOffset("At") ?? default,
            e.GetBoolean("Late") ?? false, history, responses);
        return new Versioned<Position>(Position.Restore(data), e.ETag.ToString());
    }
}
