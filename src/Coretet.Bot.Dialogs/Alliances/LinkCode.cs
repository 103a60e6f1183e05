using System.Security.Cryptography;

namespace Coretet.Bot.Dialogs.Alliances;

/// <summary>
/// A one-time code a facilitator issues to attach another conversation (any platform) to the alliance.
/// Ten characters from a 31-letter alphabet without look-alikes (about 8·10^14 codes), valid for
/// <see cref="Lifetime"/>, usable once.
/// </summary>
public sealed record LinkCode(string Code, string AllianceId, string IssuedBy, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private const int Length = 10;

    public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;

    /// <summary>Shown to users as <c>ABCDE-FGHJK</c>.</summary>
    public string Display => $"{Code[..5]}-{Code[5..]}";

    public static LinkCode Issue(string allianceId, string issuedBy, DateTimeOffset now) =>
        new(RandomNumberGenerator.GetString(Alphabet, Length), allianceId, issuedBy, now, now + Lifetime);

    /// <summary>The canonical code from what a user typed (case, dashes and spaces ignored); null when it cannot be one.</summary>
    public static string? Normalize(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
            return null;
        var code = new string(typed.Where(c => c is not ('-' or ' ' or '\u00a0')).Select(char.ToUpperInvariant).ToArray());
        return code.Length == Length && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? code : null;
    }
}
