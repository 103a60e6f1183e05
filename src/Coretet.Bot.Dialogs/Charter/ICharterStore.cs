namespace Coretet.Bot.Dialogs.Charter;

/// <summary>Storage port for charter versions (immutable once published).</summary>
public interface ICharterStore
{
    /// <summary>The latest published version; null before the first.</summary>
    Task<CharterVersion?> FindCurrentAsync(string allianceId, CancellationToken cancellationToken);

    Task<CharterVersion?> FindAsync(string allianceId, int number, CancellationToken cancellationToken);

    /// <summary>Insert-only: false when that version number exists already (someone published at the same moment).</summary>
    Task<bool> TryAddAsync(CharterVersion version, CancellationToken cancellationToken);
}
