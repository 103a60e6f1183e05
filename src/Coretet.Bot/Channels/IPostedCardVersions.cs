namespace Coretet.Bot.Channels;

/// <summary>
/// The <see cref="CardRenderState"/> of each posted copy of a card, shared by every instance (stored with the copy's
/// <see cref="IPostedCardStore"/> record, changed with ETag-checked read-modify-writes).
/// </summary>
public interface IPostedCardVersions
{
    /// <summary>Reserves the next render version of <paramref name="copy"/>; null when its record no longer exists.</summary>
    Task<long?> ReserveAsync(PostedCard copy, CancellationToken cancellationToken = default);

    /// <summary>True when a version newer than <paramref name="version"/> was reserved (or the record is gone).</summary>
    Task<bool> IsSupersededAsync(PostedCard copy, long version, CancellationToken cancellationToken = default);

    /// <summary>Records that the update of <paramref name="version"/> returned; a version to send again as, or null when done.</summary>
    Task<long?> CompleteAsync(PostedCard copy, long version, CancellationToken cancellationToken = default);
}
