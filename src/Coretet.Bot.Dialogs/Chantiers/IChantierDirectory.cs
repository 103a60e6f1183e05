namespace Coretet.Bot.Dialogs.Chantiers;

/// <summary>Read access to chantiers for the other capabilities (consensus scopes, capture audiences, exports).</summary>
public interface IChantierDirectory
{
    Task<ChantierSummary?> FindAsync(string allianceId, string chantierId, CancellationToken cancellationToken);

    Task<IReadOnlyList<ChantierSummary>> ListAsync(string allianceId, bool includeClosed, CancellationToken cancellationToken);
}
