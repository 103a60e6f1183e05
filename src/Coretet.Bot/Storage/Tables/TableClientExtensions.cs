using Azure;
using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Storage.Tables;

/// <summary>The few patterns every feature adapter needs on top of <see cref="ITableClient"/>.</summary>
public static class TableClientExtensions
{
    public const int DefaultMaxAttempts = 25;

    /// <summary>The entity, or null when it does not exist.</summary>
    public static async Task<TableEntity?> FindAsync(this ITableClient table, string partitionKey, string rowKey, CancellationToken cancellationToken = default)
    {
        var response = await table.GetEntityIfExistsAsync(partitionKey, rowKey, null, cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>Insert-only: true when this call created the entity, false when it already existed (409).</summary>
    public static async Task<bool> TryAddAsync(this ITableClient table, TableEntity entity, CancellationToken cancellationToken = default)
    {
        try
        {
            await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <summary>
    /// Optimistic read-modify-write of one entity: reads it (null when missing), asks <paramref name="change"/> for the
    /// new entity (null = write nothing), then inserts it or replaces it with the ETag that was read. When someone else
    /// wrote in between (409/412/404) it reads again and calls <paramref name="change"/> again, so keep that function
    /// free of side effects. Gives up after <paramref name="maxAttempts"/> with <see cref="StoreUnavailableException"/>.
    /// </summary>
    /// <returns>The entity as written (with its new ETag), or the current one when <paramref name="change"/> returned null.</returns>
    public static Task<TableEntity?> ReadModifyWriteAsync(
        this ITableClient table, string partitionKey, string rowKey, Func<TableEntity?, TableEntity?> change, CancellationToken cancellationToken = default) =>
        table.ReadModifyWriteAsync(partitionKey, rowKey, change, DefaultMaxAttempts, cancellationToken);

    /// <summary>As above, with a bound other than <see cref="DefaultMaxAttempts"/>.</summary>
    public static async Task<TableEntity?> ReadModifyWriteAsync(
        this ITableClient table, string partitionKey, string rowKey, Func<TableEntity?, TableEntity?> change, int maxAttempts, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await table.FindAsync(partitionKey, rowKey, cancellationToken).ConfigureAwait(false);
            var next = change(current);
            if (next is null)
                return current;
            next.PartitionKey = partitionKey;
            next.RowKey = rowKey;
            try
            {
                var response = current is null
                    ? await table.AddEntityAsync(next, cancellationToken).ConfigureAwait(false)
                    : await table.UpdateEntityAsync(next, current.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                next.ETag = response.Headers.ETag ?? default;
                return next;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 or 404 && attempt < maxAttempts)
            {
                await Task.Delay(Backoff(attempt), cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 or 404)
            {
                throw new StoreUnavailableException($"Table {table.Name}: gave up after {maxAttempts} concurrent-update attempts on one entity.", ex);
            }
        }
    }

    /// <summary>Jittered exponential backoff, so that many writers on one entity don't retry in lockstep.</summary>
    private static TimeSpan Backoff(int attempt) =>
        TimeSpan.FromMilliseconds(Random.Shared.Next(1, Math.Min(200, 4 << Math.Min(attempt, 6))));
}
