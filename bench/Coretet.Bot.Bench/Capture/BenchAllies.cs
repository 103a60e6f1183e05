using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Chantiers;

namespace Coretet.Bot.Bench.Capture;

/// <summary>An alliance of <c>count</c> allies (the charter and chantier capabilities are not what is measured).</summary>
internal sealed class BenchAllies(IReadOnlyList<Ally> allies) : IAllyDirectory, IChantierDirectory
{
    public Task<Ally?> FindAsync(string allianceId, string allyId, CancellationToken cancellationToken) =>
        Task.FromResult(allies.FirstOrDefault(a => a.Id == allyId));

    public Task<IReadOnlyList<Ally>> ListAsync(string allianceId, CancellationToken cancellationToken) => Task.FromResult(allies);

    Task<ChantierSummary?> IChantierDirectory.FindAsync(string allianceId, string chantierId, CancellationToken cancellationToken) =>
        Task.FromResult<ChantierSummary?>(null);

    Task<IReadOnlyList<ChantierSummary>> IChantierDirectory.ListAsync(string allianceId, bool includeClosed, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ChantierSummary>>([]);
}
