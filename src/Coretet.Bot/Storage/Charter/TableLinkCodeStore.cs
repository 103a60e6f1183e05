using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Claims;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Storage.Charter;

/// <summary>
/// Table <c>LinkCodes</c>: PartitionKey = code (encoded; codes are validated to their alphabet before any lookup),
/// RowKey empty. Taking a code is a claim (<see cref="IClaimStore"/>, scope <c>link-code</c>): the insert succeeds
/// once, so two conversations posting the same code at once cannot both be attached. Rows stay as a record.
/// </summary>
internal sealed class TableLinkCodeStore(TableStore store, IClaimStore claims) : ILinkCodeStore
{
    public const string TableName = "LinkCodes";
    public const string ClaimScope = "link-code";

    public async Task AddAsync(LinkCode code, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken);
        await table.AddEntityAsync(new TableEntity(TableKeys.Encode(code.Code), "")
        {
            ["AllianceId"] = code.AllianceId,
            ["IssuedBy"] = code.IssuedBy,
            ["IssuedAt"] = code.IssuedAt,
            ["ExpiresAt"] = code.ExpiresAt,
        }, cancellationToken);
    }

    public async Task<LinkCode?> TakeAsync(string code, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken);
        var entity = await table.FindAsync(TableKeys.Encode(code), "", cancellationToken);
        if (entity is null || !await claims.TryClaimAsync(ClaimScope, code, cancellationToken))
            return null;
        return new LinkCode(code, entity.RequireString("AllianceId"), entity.RequireString("IssuedBy"),
            entity.RequireDateTimeOffset("IssuedAt"), entity.RequireDateTimeOffset("ExpiresAt"));
    }
}
