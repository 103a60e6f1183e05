using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>Resolves a round's <see cref="RoundAudience"/> from the ally and chantier directories.</summary>
public sealed class RoundAudiences(IAllyDirectory allies, IChantierDirectory chantiers)
{
    public async Task<RoundAudience> ResolveAsync(string allianceId, RoundScope scope, IReadOnlySet<string> facilitators, CancellationToken cancellationToken)
    {
        var everyone = (await allies.ListAsync(allianceId, cancellationToken)).Where(a => a.IsActive).ToList();
        if (scope.ChantierId is null)
            return new RoundAudience(everyone, facilitators, null);
        var chantier = await chantiers.FindAsync(allianceId, scope.ChantierId, cancellationToken)
            ?? throw new AllianceException(ConsensusTexts.ChantierNotFound);
        var members = everyone.Where(a => chantier.IsMember(a.Id)).ToList();
        return new RoundAudience(members, new HashSet<string>(chantier.Animators, StringComparer.Ordinal), chantier);
    }

    public Task<Ally?> FindAsync(string allianceId, string allyId, CancellationToken cancellationToken) =>
        allies.FindAsync(allianceId, allyId, cancellationToken);

    public Task<IReadOnlyList<ChantierSummary>> ChantiersAsync(string allianceId, CancellationToken cancellationToken) =>
        chantiers.ListAsync(allianceId, includeClosed: false, cancellationToken);
}
