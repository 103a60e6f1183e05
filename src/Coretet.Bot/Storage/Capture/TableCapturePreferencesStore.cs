using System.Globalization;
using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Storage.Capture;

/// <summary>Table <c>CapturePreferences</c>: PartitionKey = alliance, RowKey = ally id (both encoded); written only by its ally (and the unreachable mark).</summary>
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

    public async Task SaveAsync(CapturePreferences preferences, CancellationToken cancellationToken) =>
        await (await Table(cancellationToken)).UpsertEntityAsync(new TableEntity(TableKeys.Encode(preferences.AllianceId), TableKeys.Encode(preferences.AllyId))
        {
            ["PausedUntil"] = preferences.PausedUntil,
            ["QuietStart"] = preferences.Quiet?.Start.ToString("HH:mm", CultureInfo.InvariantCulture),
            ["QuietEnd"] = preferences.Quiet?.End.ToString("HH:mm", CultureInfo.InvariantCulture),
            ["Unreachable"] = preferences.Unreachable,
        }, TableUpdateMode.Replace, cancellationToken);

    private Task<ITableClient> Table(CancellationToken cancellationToken) => store.GetTableAsync(CaptureTables.Preferences, cancellationToken);

    private static TimeOnly? Time(string? text) =>
        TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;
}
