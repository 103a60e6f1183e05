using Coretet.Bot.Channels;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Storage.Stores;

/// <summary>
/// <see cref="CardRenderState"/> in three columns of the copy's own <c>PostedCards</c> row (<c>RenderReserved</c>,
/// <c>RenderSent</c>, <c>RenderDirty</c>; absent on rows written before: version 0), changed only by ETag-checked
/// read-modify-writes so that concurrent instances each get their own version.
/// </summary>
internal sealed class TablePostedCardVersions(TableStore store) : IPostedCardVersions
{
    private const string Reserved = "RenderReserved";
    private const string Sent = "RenderSent";
    private const string Dirty = "RenderDirty";

    public async Task<long?> ReserveAsync(PostedCard copy, CancellationToken cancellationToken = default) =>
        (await ChangeAsync(copy, state => state.Reserve(), cancellationToken).ConfigureAwait(false))?.Reserved;

    public async Task<bool> IsSupersededAsync(PostedCard copy, long version, CancellationToken cancellationToken = default)
    {
        var (partitionKey, rowKey) = TablePostedCardStore.KeysOf(copy);
        var table = await store.GetTableAsync(TablePostedCardStore.TableName, cancellationToken).ConfigureAwait(false);
        var row = await table.FindAsync(partitionKey, rowKey, cancellationToken).ConfigureAwait(false);
        return row is null || StateOf(row).IsSuperseded(version);
    }

    public async Task<long?> CompleteAsync(PostedCard copy, long version, CancellationToken cancellationToken = default)
    {
        long? resend = null;
        var written = await ChangeAsync(copy, state =>
        {
            var completion = state.Complete(version);
            resend = completion.ResendAs;
            return completion.State;
        }, cancellationToken).ConfigureAwait(false);
        return written is null ? null : resend;
    }

    /// <summary>Read-modify-write of the copy's state (the change may run more than once); null when its row is gone.</summary>
    private async Task<CardRenderState?> ChangeAsync(PostedCard copy, Func<CardRenderState, CardRenderState> change, CancellationToken cancellationToken)
    {
        var (partitionKey, rowKey) = TablePostedCardStore.KeysOf(copy);
        var table = await store.GetTableAsync(TablePostedCardStore.TableName, cancellationToken).ConfigureAwait(false);
        var written = await table.ReadModifyWriteAsync(partitionKey, rowKey, current => current is null ? null : With(current, change(StateOf(current))), cancellationToken)
            .ConfigureAwait(false);
        return written is null ? null : StateOf(written);
    }

    private static CardRenderState StateOf(TableEntity row) =>
        new(row.GetInt64(Reserved) ?? 0, row.GetInt64(Sent) ?? 0, row.GetBoolean(Dirty) ?? false);

    private static TableEntity With(TableEntity current, CardRenderState state)
    {
        var next = new TableEntity(current.PartitionKey, current.RowKey);
        foreach (var (name, value) in current)
            next[name] = value;
        next[Reserved] = state.Reserved;
        next[Sent] = state.Sent;
        next[Dirty] = state.Dirty;
        return next;
    }
}
