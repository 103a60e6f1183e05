using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Storage.Chantiers;

/// <summary>
/// Table <c>ChantierTitles</c>: PartitionKey = alliance id (encoded), RowKey = the normalised title (encoded), with the
/// number of the chantier that holds it. Two allies opening the same title at the same moment race on this one row:
/// one wins, the other sees the winner when it lists again and gets the duplicate-title answer.
/// A reservation is stale (taken over) when its chantier is closed, was renamed away, or never got stored.
/// </summary>
internal sealed class ChantierTitleReservations(TableStore store, TimeProvider time)
{
    public const string TableName = "ChantierTitles";

    /// <summary>How long a reservation whose chantier is not stored yet still counts (its opener is mid-way).</summary>
    private static readonly TimeSpan PendingGrace = TimeSpan.FromMinutes(1);

    /// <summary>False when a chantier this caller has not seen yet may hold the title: list again and retry.</summary>
    public async Task<bool> TryReserveAsync(Chantier chantier, IReadOnlyList<Chantier> known, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var reserved = true;
        await table.ReadModifyWriteAsync(TableKeys.Encode(chantier.AllianceId), TableKeys.Encode(chantier.TitleKey), current =>
        {
            reserved = current is null || IsStale(current, chantier, known, now);
            return reserved ? Row(chantier, now) : null;
        }, cancellationToken).ConfigureAwait(false);
        return reserved;
    }

    /// <summary>A reopened chantier takes its title back (the flow checked that no open chantier has it).</summary>
    public async Task ReclaimAsync(Chantier chantier, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        await table.ReadModifyWriteAsync(TableKeys.Encode(chantier.AllianceId), TableKeys.Encode(chantier.TitleKey), _ => Row(chantier, now), cancellationToken)
            .ConfigureAwait(false);
    }

    private static bool IsStale(TableEntity current, Chantier chantier, IReadOnlyList<Chantier> known, DateTimeOffset now)
    {
        var holder = current.GetInt32("Number");
        if (holder == chantier.Number)
            return true;
        // Known holders are closed or carry another title now: EnsureNotDuplicateOf refused the open twins already.
        if (known.Any(c => c.Number == holder))
            return true;
        return current.GetDateTimeOffset("ReservedAt") is not { } at || now - at > PendingGrace;
    }

    private static TableEntity Row(Chantier chantier, DateTimeOffset now) => new()
    {
        ["Number"] = chantier.Number,
        ["TitleKey"] = chantier.TitleKey,
        ["ReservedAt"] = now,
    };
}
