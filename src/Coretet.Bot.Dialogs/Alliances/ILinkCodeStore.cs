namespace Coretet.Bot.Dialogs.Alliances;

/// <summary>Storage port for link codes.</summary>
public interface ILinkCodeStore
{
    Task AddAsync(LinkCode code, CancellationToken cancellationToken);

    /// <summary>The code, for the one caller that takes it first (single use, even under concurrency); null when
    /// unknown or already taken. Expiry is the caller's check.</summary>
    Task<LinkCode?> TakeAsync(string code, CancellationToken cancellationToken);
}
