using System.Globalization;

namespace Coretet.Bot.Dialogs.Chantiers;

/// <summary><see cref="IChantierDirectory"/> on the chantier storage ports: ids are the chantier numbers.</summary>
public sealed class ChantierDirectory(IChantierStore chantiers, IChantierMemberStore members) : IChantierDirectory
{
    public async Task<ChantierSummary?> FindAsync(string allianceId, string chantierId, CancellationToken cancellationToken)
    {
        if (!int.TryParse(chantierId, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            return null;
        var chantier = await chantiers.FindAsync(allianceId, number, cancellationToken);
        if (chantier is null)
            return null;
        return chantier.ToSummary(await members.ListAsync(allianceId, number, cancellationToken));
    }

    public async Task<IReadOnlyList<ChantierSummary>> ListAsync(string allianceId, bool includeClosed, CancellationToken cancellationToken)
    {
        var all = await chantiers.ListAsync(allianceId, cancellationToken);
        var participants = await members.ListAllAsync(allianceId, cancellationToken);
        return [.. all
            .Where(c => includeClosed || c.IsOpen)
            .Select(c => c.ToSummary(participants.TryGetValue(c.Number, out var list) ? list : []))];
    }
}
