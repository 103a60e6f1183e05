namespace Coretet.Bot.Dialogs.Alliances;

/// <summary>Storage port for ally records (signatures): one record per ally, so many people signing at once never collide.</summary>
public interface IAllyStore : IAllyDirectory
{
    /// <summary>
    /// Reads the ally's record (null when none), applies <paramref name="change"/>, and writes what it returns when
    /// it is a different record (insert when new, conditional update otherwise); on a conflict the whole
    /// read-change-write runs again. Returning null or the same record writes nothing. Exceptions thrown by
    /// <paramref name="change"/> propagate and nothing is written. Returns the stored record.
    /// </summary>
    Task<Ally?> ChangeAsync(string allianceId, string allyId, Func<Ally?, Ally?> change, CancellationToken cancellationToken);
}
