using Coretet.Bot.Dialogs.Chantiers;

namespace Coretet.Bot.Dialogs.Capture;

/// <summary>
/// Used only when no chantier capability is registered (capture is registered with <c>TryAdd</c>): alliance-wide
/// capture works, chantier-scoped commands answer "no such chantier". The chantier capability's directory wins.
/// </summary>
public sealed class NoChantierDirectory : IChantierDirectory
{
    public Task<ChantierSummary?> FindAsync(string allianceId, string chantierId, CancellationToken cancellationToken) =>
        Task.FromResult<ChantierSummary?>(null);

    public Task<IReadOnlyList<ChantierSummary>> ListAsync(string allianceId, bool includeClosed, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ChantierSummary>>([]);
}
