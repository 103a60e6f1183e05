using System.Globalization;
using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Storage.Chantiers;

/// <summary>Explicit mapping between chantier records and table rows (the rows are not the domain objects).</summary>
internal static class ChantierEntityMapping
{
    /// <summary>Six digits, so that row keys sort like numbers.</summary>
    public static string NumberKey(int number) => number.ToString("D6", CultureInfo.InvariantCulture);

    public static TableEntity ToEntity(string partitionKey, ChantierState state)
    {
        var entity = new TableEntity(partitionKey, NumberKey(state.Number))
        {
            ["AllianceId"] = state.AllianceId,
            ["Number"] = state.Number,
            ["Title"] = state.Title,
            ["Purpose"] = state.Purpose,
            ["ReviewDate"] = state.ReviewDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["OpenedBy"] = state.OpenedBy,
            ["OpenedAt"] = state.OpenedAt,
            ["IsOpen"] = state.IsOpen,
            ["ClosingStatement"] = state.ClosingStatement,
            ["ClosedBy"] = state.ClosedBy,
            ["ClosedAt"] = state.ClosedAt,
        };
        entity.SetEnum("Kind", state.Kind);
        entity.SetJson("Animators", state.Animators.Select(ToRow).ToList());
        if (state.LinkedConversation is { } linked)
            entity.SetJson("LinkedConversation", new ConversationRow(linked.Platform, linked.Id, linked.Kind, linked.TenantId, linked.SpaceId, linked.Name));
        return entity;
    }

    public static ChantierState ToState(TableEntity entity)
    {
        var linked = entity.GetJson<ConversationRow>("LinkedConversation");
        return new ChantierState(
            entity.RequireString("AllianceId"),
            entity.GetInt32("Number") ?? throw new InvalidDataException($"Chantier row {entity.RowKey} has no number."),
            entity.RequireString("Title"),
            entity.RequireEnum<ChantierKind>("Kind"),
            entity.GetString("Purpose") ?? "")
        {
            ReviewDate = entity.GetString("ReviewDate") is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            LinkedConversation = linked is null ? null : new ConversationRef(linked.Platform, linked.Id, linked.Kind)
            {
                TenantId = linked.TenantId,
                SpaceId = linked.SpaceId,
                Name = linked.Name,
            },
            Animators = [.. (entity.GetJson<List<MemberRow>>("Animators") ?? []).Select(ToMember)],
            OpenedBy = entity.RequireString("OpenedBy"),
            OpenedAt = entity.RequireDateTimeOffset("OpenedAt"),
            IsOpen = entity.GetBoolean("IsOpen") ?? true,
            ClosingStatement = entity.GetString("ClosingStatement"),
            ClosedBy = entity.GetString("ClosedBy"),
            ClosedAt = entity.GetDateTimeOffset("ClosedAt"),
        };
    }

    public static TableEntity ToEntity(string partitionKey, int number, ChantierMember member) =>
        new(partitionKey, MemberKey(number, member.AllyId))
        {
            ["Number"] = number,
            ["Platform"] = member.User.Platform,
            ["UserId"] = member.User.Id,
            ["Name"] = member.User.Name,
            ["AadObjectId"] = member.User.AadObjectId,
            ["Since"] = member.Since,
        };

    public static ChantierMember ToMember(TableEntity entity) =>
        new(new UserRef(entity.RequireString("Platform"), entity.RequireString("UserId"), entity.GetString("Name") ?? "")
        {
            AadObjectId = entity.GetString("AadObjectId"),
        }, entity.RequireDateTimeOffset("Since"));

    /// <summary>Number then ally id (encoded): one chantier's participants are the row-key range of its number.</summary>
    public static string MemberKey(int number, string allyId) => TableKeys.Compose(NumberKey(number), allyId);

    public static string MemberPrefix(int number) => NumberKey(number) + TableKeys.Separator;

    private static MemberRow ToRow(ChantierMember member) =>
        new(member.User.Platform, member.User.Id, member.User.Name, member.User.AadObjectId, member.Since);

    private static ChantierMember ToMember(MemberRow row) =>
        new(new UserRef(row.Platform, row.Id, row.Name) { AadObjectId = row.AadObjectId }, row.Since);

    private sealed record MemberRow(string Platform, string Id, string Name, string? AadObjectId, DateTimeOffset Since);

    private sealed record ConversationRow(string Platform, string Id, ConversationKind Kind, string? TenantId, string? SpaceId, string? Name);
}
