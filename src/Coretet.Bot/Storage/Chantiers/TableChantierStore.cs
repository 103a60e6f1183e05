using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Storage.Tables;
using static Coretet.Bot.Storage.Chantiers.ChantierEntityMapping;

namespace Coretet.Bot.Storage.Chantiers;

/// <summary>
/// Table <c>Chantiers</c>: PartitionKey = alliance id (encoded), RowKey = the chantier number on 6 digits, so one
/// partition lists an alliance's chantiers in order. Numbers are taken by insert (a conflict means someone took that
/// number first: try the next one); changes are read-modify-write with the ETag, retried on conflict.
/// Participants are in <see cref="TableChantierMemberStore"/>, titles of open chantiers in <see cref="ChantierTitleReservations"/>.
/// </summary>
internal sealed class TableChantierStore(TableStore store, ChantierTitleReservations titles) : IChantierStore
{
    public const string TableName = "Chantiers";
    private const int MaxAttempts = 25;

    public async Task<Chantier> AddAsync(string allianceId, Func<int, Chantier> open, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var known = await ListAsync(allianceId, cancellationToken).ConfigureAwait(false);
            var chantier = open(known.Count == 0 ? 1 : known.Max(c => c.Number) + 1);
            chantier.EnsureNotDuplicateOf(known);
            if (await titles.TryReserveAsync(chantier, known, cancellationToken).ConfigureAwait(false)
                && await table.TryAddAsync(ToEntity(TableKeys.Encode(allianceId), chantier.ToState()), cancellationToken).ConfigureAwait(false))
                return chantier;
            await Task.Delay(Random.Shared.Next(5, 20 * attempt), cancellationToken).ConfigureAwait(false);
        }

        throw new StoreUnavailableException($"Table {TableName}: no free chantier number after {MaxAttempts} attempts.");
    }

    public async Task<Chantier?> FindAsync(string allianceId, int number, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var entity = await table.FindAsync(TableKeys.Encode(allianceId), NumberKey(number), cancellationToken).ConfigureAwait(false);
        return entity is null ? null : Chantier.FromState(ToState(entity));
    }

    public async Task<IReadOnlyList<Chantier>> ListAsync(string allianceId, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var chantiers = new List<Chantier>();
        await foreach (var entity in table.QueryAsync(TableFilter.PartitionKey(TableKeys.Encode(allianceId)), cancellationToken: cancellationToken).ConfigureAwait(false))
            chantiers.Add(Chantier.FromState(ToState(entity)));
        return [.. chantiers.OrderBy(c => c.Number)];
    }

    public async Task<Chantier?> UpdateAsync(string allianceId, int number, Action<Chantier> change, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var partitionKey = TableKeys.Encode(allianceId);
        Chantier? changed = null;
        var reopened = false;
        await table.ReadModifyWriteAsync(partitionKey, NumberKey(number), current =>
        {
            if (current is null)
                return null;
            var chantier = Chantier.FromState(ToState(current));
            var wasOpen = chantier.IsOpen;
            change(chantier);
            (changed, reopened) = (chantier, !wasOpen && chantier.IsOpen);
            return ToEntity(partitionKey, chantier.ToState());
        }, cancellationToken).ConfigureAwait(false);
        if (changed is not null && reopened)
            await titles.ReclaimAsync(changed, cancellationToken).ConfigureAwait(false);
        return changed;
    }
}
