namespace Coretet.Bot.Dialogs.Alliances;

/// <summary>
/// Storage port for alliances and the addresses that lead to them (a team, a conversation, a person's last
/// alliance; see <see cref="AllianceAddresses"/>). Addresses may contain any characters; the adapter encodes them.
/// </summary>
public interface IAllianceStore
{
    Task<Alliance?> FindAsync(string allianceId, CancellationToken cancellationToken);

    /// <summary>Insert a new alliance (its id is fresh and random).</summary>
    Task CreateAsync(Alliance alliance, CancellationToken cancellationToken);

    /// <summary>Reads the alliance, applies <paramref name="change"/> and writes it back when it returns true,
    /// with optimistic concurrency: on a conflict the whole read-change-write runs again. Returns the stored alliance.</summary>
    Task<Alliance> ChangeAsync(string allianceId, Func<Alliance, bool> change, CancellationToken cancellationToken);

    Task<string?> FindIdByAddressAsync(string address, CancellationToken cancellationToken);

    /// <summary>Insert-only: false when the address already leads to an alliance (the first wins).</summary>
    Task<bool> TryAddAddressAsync(string address, string allianceId, CancellationToken cancellationToken);

    /// <summary>Insert or replace (a person's latest alliance).</summary>
    Task SetAddressAsync(string address, string allianceId, CancellationToken cancellationToken);
}
