namespace Coretet.Bot.Dialogs.Capture;

public interface ICapturePreferencesStore
{
    /// <summary>The ally's preferences, or defaults (no pause, no quiet hours) when none were saved.</summary>
    Task<CapturePreferences> GetAsync(string allianceId, string allyId, CancellationToken cancellationToken);

    Task SaveAsync(CapturePreferences preferences, CancellationToken cancellationToken);
}
