using System.Globalization;
using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Storage.Capture;

/// <summary>
/// Table <c>CapturePreferences</c>: PartitionKey = alliance, RowKey = ally id (both encoded); written only by its ally
/// (and the unreachable mark). The mark is indexed in <c>CaptureUnreachable</c> by ally, so that a turn finds it in
/// one partition read without knowing the alliance.
/// </summary>
internal sealed class TableCapturePreferencesStore(TableStore store) : ICapturePreferencesStore
{
    public async Task<CapturePreferences> GetAsync(string allianceId, string allyId, CancellationToken cancellationToken)
    {
        var row = await (await Table(cancellationToken)).FindAsync(TableKeys.Encode(allianceId), TableKeys.Encode(allyId), cancellationToken);
        var preferences = new CapturePreferences(allianceId, allyId);
        if (row is null)
            return preferences;
        var quiet = Time(row.GetString("QuietStart")) is { } start && Time(row.GetString("QuietEnd")) is { } end ? new QuietHours(start, end) : null;
        return preferences with { PausedUntil = row.GetDateTimeOffset("PausedUntil"), Quiet = quiet, Unreachable = row.GetBoolean("Unreachable") ?? false };
    }

    public async Task SaveAsync(CapturePreferences preferences, CancellationToken cancellationToken)
    {
        var ally = TableKeys.Encode(preferences.AllyId);
        var alliance = TableKeys.Encode(preferences.AllianceId);
        // Index first when marking, row first when clearing: a crash in between leaves an index entry whose row
        // is not marked, which the next turn clears (never a marked row that no turn can find).
        if (preferences.Unreachable)
            await (await Index(cancellationToken)).UpsertEntityAsync(new TableEntity(ally, alliance) { ["AllianceId"] = preferences.AllianceId }, TableUpdateMode.Replace, cancellationToken);
        await (await Table(cancellationToken)).UpsertEntityAsync(new TableEntity(alliance, ally)
        {
            ["PausedUntil"] = preferences.PausedUntil,
            ["QuietStart"] = preferences.Quiet?.Start.ToString("HH:mm", CultureInfo.InvariantCulture),
            ["QuietEnd"] = preferences.Quiet?.End.ToString("HH:mm", CultureInfo.InvariantCulture),
            ["Unreachable"] = preferences.Unreachable,
        }, TableUpdateMode.Replace, cancellationToken);
        if (!preferences.Unreachable)
            await (await Index(cancellationToken)).DeleteEntityAsync(ally, alliance, cancellationToken: cancellationToken);
    }

    public async Task<IReadOnlyList<string>> FindUnreachableAsync(string allyId, CancellationToken cancellationToken)
    {
        var alliances = new List<string>();
        await foreach (var row in (await Index(cancellationToken)).QueryAsync(TableFilter.PartitionKey(TableKeys.Encode(allyId)), select: ["AllianceId"], cancellationToken: cancellationToken))
        {
            if (row.GetString("AllianceId") is { Length: > 0 } alliance)
                alliances.Add(alliance);
        }

        return alliances;
    }

    private Task<ITableClient> Table(CancellationToken cancellationToken) => store.GetTableAsync(CaptureTables.Preferences, cancellationToken);

    private Task<ITableClient> Index(CancellationToken cancellationToken) => store.GetTableAsync(CaptureTables.Unreachable, cancellationToken);

    private static TimeOnly? Time(string? text) =>
        TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;
}
