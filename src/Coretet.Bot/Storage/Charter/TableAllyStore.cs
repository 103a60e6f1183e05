using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Storage.Charter;

/// <summary>
/// Table <c>Allies</c> (the signatures): PartitionKey = alliance id, RowKey = ally id (platform user key), both
/// encoded. One entity per ally, so any number of people signing at once never write the same entity; one person's
/// own changes (re-sign, withdraw, engagement) are ETag-conditional with retries.
/// </summary>
internal sealed class TableAllyStore(TableStore store) : IAllyStore
{
    public const string TableName = "Allies";

    public async Task<Ally?> FindAsync(string allianceId, string allyId, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken);
        var entity = await table.FindAsync(TableKeys.Encode(allianceId), TableKeys.Encode(allyId), cancellationToken);
        return entity is null ? null : ToAlly(entity);
    }

    public async Task<IReadOnlyList<Ally>> ListAsync(string allianceId, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken);
        var allies = new List<Ally>();
        await foreach (var entity in table.QueryAsync(TableFilter.PartitionKey(TableKeys.Encode(allianceId)), cancellationToken: cancellationToken))
            allies.Add(ToAlly(entity));
        return allies;
    }

    public async Task<Ally?> ChangeAsync(string allianceId, string allyId, Func<Ally?, Ally?> change, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken);
        Ally? result = null;
        await table.ReadModifyWriteAsync(TableKeys.Encode(allianceId), TableKeys.Encode(allyId), entity =>
        {
            var current = entity is null ? null : ToAlly(entity);
            var next = change(current);
            result = next ?? current;
            return next is null || ReferenceEquals(next, current) ? null : ToEntity(next);
        }, cancellationToken);
        return result;
    }

    private static TableEntity ToEntity(Ally ally)
    {
        var entity = new TableEntity(TableKeys.Encode(ally.AllianceId), TableKeys.Encode(ally.Id))
        {
            ["AllianceId"] = ally.AllianceId,
            ["Platform"] = ally.User.Platform,
            ["UserId"] = ally.User.Id,
            ["Name"] = ally.User.Name,
            ["AadObjectId"] = ally.User.AadObjectId,
            ["SignedVersion"] = ally.SignedVersion,
            ["SignedAt"] = ally.SignedAt,
            ["Organisation"] = ally.Organisation,
            ["Language"] = ally.Language.Code(),
            ["TimeZone"] = ally.TimeZone,
            ["WithdrawnAt"] = ally.WithdrawnAt,
        };
        entity.SetEnum("Status", ally.Status);
        entity.SetEnum("Engagement", ally.Engagement);
        return entity;
    }

    private static Ally ToAlly(TableEntity entity)
    {
        var user = new UserRef(entity.RequireString("Platform"), entity.RequireString("UserId"), entity.GetString("Name") ?? "")
        {
            AadObjectId = entity.GetString("AadObjectId"),
        };
        return new Ally(entity.RequireString("AllianceId"), user)
        {
            Status = entity.GetEnum<AllyStatus>("Status") ?? AllyStatus.Signed,
            Engagement = entity.GetEnum<Engagement>("Engagement") ?? Engagement.Supporter,
            SignedVersion = entity.GetInt32("SignedVersion") ?? 0,
            SignedAt = entity.GetDateTimeOffset("SignedAt") ?? default,
            Organisation = entity.GetString("Organisation"),
            Language = entity.GetString("Language") == "en" ? Language.English : Language.French,
            TimeZone = entity.GetString("TimeZone"),
            WithdrawnAt = entity.GetDateTimeOffset("WithdrawnAt"),
        };
    }
}
