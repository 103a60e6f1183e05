namespace Coretet.Bot.Dialogs.Claims;

/// <summary>
/// Exactly-once work across instances, restarts and retries: a claim is an insert that succeeds once
/// (a second insert of the same key conflicts). Claim before doing the work, never after.
/// </summary>
public interface IClaimStore
{
    /// <summary>True for the one caller that first claims (<paramref name="scope"/>, <paramref name="key"/>);
    /// false for every later caller. Keys may contain any characters; the store encodes them.</summary>
    Task<bool> TryClaimAsync(string scope, string key, CancellationToken cancellationToken);
}
