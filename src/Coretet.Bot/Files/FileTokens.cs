using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Coretet.Bot.Files;

/// <summary>
/// Link tokens and browser secrets: 256 random bits, base64url (43 characters). The store keeps only their SHA-256,
/// so reading the table does not give working links.
/// </summary>
public static class FileTokens
{
    public const int Length = 43;

    public static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static bool IsWellFormed(string? token) =>
        token is { Length: Length } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
