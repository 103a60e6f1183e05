using Coretet.Bot.Dialogs.Claims;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Storage.Stores;

/// <summary>
/// Table <c>Claims</c>: PartitionKey = scope, RowKey = key (both encoded; long keys are hashed, so two different
/// keys never share a claim). A claim is an insert: the service lets exactly one insert of a row succeed. Each
/// attempt writes its own <c>Claimant</c> id: when the storage pipeline retries an insert whose first try was applied
/// but not answered (a timeout), the retry conflicts with our own row, and reading the claimant back says the claim is
/// ours rather than losing it.
/// </summary>
internal sealed class TableClaimStore(TableStore store, TimeProvider clock) : IClaimStore
{
    public const string TableName = "Claims";
    private const int MaxStoredKeyChars = 1024;

    public async Task<bool> TryClaimAsync(string scope, string key, CancellationToken cancellationToken)
    {
        var claimant = Guid.NewGuid().ToString("N");
        var entity = new TableEntity(TableKeys.Encode(scope), TableKeys.Encode(key))
        {
            ["Scope"] = scope,
            ["Key"] = key.Length <= MaxStoredKeyChars ? key : key[..MaxStoredKeyChars],
            ["ClaimedAt"] = clock.GetUtcNow(),
            ["Claimant"] = claimant,
        };
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        if (await table.TryAddAsync(entity, cancellationToken).ConfigureAwait(false))
            return true;
        var existing = await table.FindAsync(entity.PartitionKey, entity.RowKey, cancellationToken).ConfigureAwait(false);
        return existing?.GetString("Claimant") == claimant;
    }
}
