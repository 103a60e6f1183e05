using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Storage.Charter;

/// <summary>Explicit mapping between <see cref="Alliance"/> and its row (facilitators and conversations as small JSON lists).</summary>
internal static class AllianceRows
{
    // REVIEW: an alliance with several hundred linked conversations would reach the 64 KiB property limit; move
    // conversations to their own rows (PartitionKey = alliance) if that ever happens.
    internal sealed record FacilitatorRow(string Id, string? Name);

    internal sealed record ConversationRow(string Platform, string Id, ConversationKind Kind, string? TenantId, string? SpaceId, string? Name);

    public static TableEntity ToEntity(Alliance alliance, string partitionKey, string rowKey)
    {
        var entity = new TableEntity(partitionKey, rowKey)
        {
            ["Id"] = alliance.Id,
            ["Name"] = alliance.Name,
            ["TimeZone"] = alliance.TimeZone,
            ["DefaultLanguage"] = alliance.DefaultLanguage.Code(),
            ["CreatedAt"] = alliance.CreatedAt,
        };
        entity.SetJson("Facilitators", alliance.Facilitators.Select(id => new FacilitatorRow(id, alliance.FacilitatorName(id))).ToList());
        entity.SetJson("Conversations", alliance.Conversations.Select(c => new ConversationRow(c.Platform, c.Id, c.Kind, c.TenantId, c.SpaceId, c.Name)).ToList());
        return entity;
    }

    public static Alliance ToAlliance(TableEntity entity)
    {
        var alliance = new Alliance(entity.RequireString("Id"), entity.RequireString("Name"), []) { CreatedAt = entity.GetDateTimeOffset("CreatedAt") ?? default };
        foreach (var facilitator in entity.GetJson<List<FacilitatorRow>>("Facilitators") ?? [])
            alliance.RestoreFacilitator(facilitator.Id, facilitator.Name);
        var language = entity.GetString("DefaultLanguage") == "en" ? Language.English : Language.French;
        alliance.ChangeSettings(new AllianceSettings(alliance.Name, entity.GetString("TimeZone") ?? Alliance.DefaultTimeZone, language));
        foreach (var c in entity.GetJson<List<ConversationRow>>("Conversations") ?? [])
            alliance.AttachConversation(new ConversationRef(c.Platform, c.Id, c.Kind) { TenantId = c.TenantId, SpaceId = c.SpaceId, Name = c.Name });
        return alliance;
    }
}
