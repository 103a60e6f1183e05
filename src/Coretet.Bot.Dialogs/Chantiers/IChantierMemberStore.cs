namespace Coretet.Bot.Dialogs.Chantiers;

/// <summary>
/// Storage port for participants: one entity per (chantier, ally), so that any number of allies can join or leave at
/// the same moment without overwriting each other. Animators live on the chantier itself.
/// </summary>
public interface IChantierMemberStore
{
    /// <summary>Idempotent: false when the ally already participates (the first record is kept).</summary>
    Task<bool> AddAsync(string allianceId, int number, ChantierMember member, CancellationToken cancellationToken);

    /// <summary>False when the ally did not participate.</summary>
    Task<bool> RemoveAsync(string allianceId, int number, string allyId, CancellationToken cancellationToken);

    Task<IReadOnlyList<ChantierMember>> ListAsync(string allianceId, int number, CancellationToken cancellationToken);

    /// <summary>The participants of every chantier of the alliance, by chantier number (listings and the directory).</summary>
    Task<IReadOnlyDictionary<int, IReadOnlyList<ChantierMember>>> ListAllAsync(string allianceId, CancellationToken cancellationToken);
}
