using Coretet.Bot.Dialogs.Claims;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Storage.Stores;

/// <summary>
/// Table <c>Claims</c>: PartitionKey = scope, RowKey = key (both encoded; long keys are hashed, so two different
/// keys never share a claim). A claim is an insert: the service lets exactly one insert of a row succeed.
/// </summary>
internal sealed class TableClaimStore(TableStore store, TimeProvider clock) : IClaimStore
{
    public const string TableName = "Claims";
    private const int MaxStoredKeyChars = 1024;

    public async Task<bool> TryClaimAsync(string scope, string key, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(TableKeys.Encode(scope), TableKeys.Encode(key))
        {
            ["Scope"] = scope,
            ["Key"] = key.Length <= MaxStoredKeyChars ? key : key[..MaxStoredKeyChars],
            ["ClaimedAt"] = clock.GetUtcNow(),
        };
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        return await table.TryAddAsync(entity, cancellationToken).ConfigureAwait(false);
    }
}
