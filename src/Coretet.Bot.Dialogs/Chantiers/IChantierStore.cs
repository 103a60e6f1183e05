namespace Coretet.Bot.Dialogs.Chantiers;

/// <summary>
/// Storage port for chantiers themselves (participants excepted: <see cref="IChantierMemberStore"/>). Several people
/// change one chantier (animators, closing, linking): updates are read-modify-write with optimistic concurrency.
/// </summary>
public interface IChantierStore
{
    /// <summary>
    /// Stores a new chantier under the next free number of the alliance. <paramref name="open"/> builds it from that
    /// number and may refuse (nothing stored). The store refuses, atomically, a title that an open chantier of the
    /// alliance already has, with <see cref="Chantier.EnsureNotDuplicateOf"/>'s message.
    /// </summary>
    Task<Chantier> AddAsync(string allianceId, Func<int, Chantier> open, CancellationToken cancellationToken);

    Task<Chantier?> FindAsync(string allianceId, int number, CancellationToken cancellationToken);

    /// <summary>Every chantier of the alliance, open and closed, by number.</summary>
    Task<IReadOnlyList<Chantier>> ListAsync(string allianceId, CancellationToken cancellationToken);

    /// <summary>
    /// Applies <paramref name="change"/> to the latest stored chantier and stores the result only if nobody changed it
    /// in between, re-reading and re-applying otherwise. A refusal thrown by <paramref name="change"/> stores nothing.
    /// Null when there is no such chantier.
    /// </summary>
    Task<Chantier?> UpdateAsync(string allianceId, int number, Action<Chantier> change, CancellationToken cancellationToken);
}
