namespace Coretet.Bot.Dialogs.Capture;

public interface ICapturePreferencesStore
{
    /// <summary>The ally's preferences, or defaults (no pause, no quiet hours) when none were saved.</summary>
    Task<CapturePreferences> GetAsync(string allianceId, string allyId, CancellationToken cancellationToken);

    /// <summary>Also keeps the index that <see cref="FindUnreachableAsync"/> reads.</summary>
    Task SaveAsync(CapturePreferences preferences, CancellationToken cancellationToken);

    /// <summary>
    /// The alliances in which <paramref name="allyId"/> is marked <see cref="CapturePreferences.Unreachable"/>: read on
    /// every turn, so one small read whatever the number of alliances (usually none).
    /// </summary>
    Task<IReadOnlyList<string>> FindUnreachableAsync(string allyId, CancellationToken cancellationToken);
}
