using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Coretet.Bot.Storage.Tables;

/// <summary>
/// Turns any string (user input, platform ids) into a safe PartitionKey/RowKey segment.
/// <list type="bullet">
/// <item>Reversible: <c>/ \ # ? ' " % ~ |</c>, control characters (U+0000–U+001F, U+007F–U+009F) become <c>~XX</c>
/// (two hex digits); a lone surrogate becomes <c>~uXXXX</c>. Everything else, emoji included, is kept.</item>
/// <item>Bounded: when the encoded form exceeds <see cref="MaxSegmentLength"/> characters it becomes its first
/// <see cref="HashedPrefixLength"/> encoded characters, <c>~~</c> and the SHA-256 of the value (64 hex digits).
/// That form is not reversible (<see cref="TryDecode"/> returns false); store the value in a property if it must
/// be read back.</item>
/// </list>
/// <see cref="Compose"/> joins several encoded segments with <c>|</c>, which <see cref="Encode"/> never emits.
/// </summary>
public static class TableKeys
{
    public const int MaxSegmentLength = 160;
    public const int HashedPrefixLength = 90;
    public const char Separator = '|';
    private const char Escape = '~';
    private const string HashMarker = "~~";

    public static string Encode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                text.Append(c).Append(value[++i]);
            else if (char.IsSurrogate(c))
                text.Append(Escape).Append('u').Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else if (NeedsEscape(c))
                text.Append(Escape).Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            else
                text.Append(c);
        }
        return text.Length <= MaxSegmentLength ? text.ToString() : Hashed(text, value);
    }

    /// <summary>Encodes each value and joins them with <see cref="Separator"/> (e.g. "platform|conversation").</summary>
    public static string Compose(params string[] values)
    {
        var key = string.Join(Separator, values.Select(Encode));
        TableLimits.ValidateKey(key, "composed key");
        return key;
    }

    /// <summary>The decoded segments of a <see cref="Compose"/>d key; false if one of them is hashed or malformed.</summary>
    public static bool TrySplit(string key, [NotNullWhen(true)] out IReadOnlyList<string>? values)
    {
        var parts = key.Split(Separator);
        var decoded = new List<string>(parts.Length);
        foreach (var part in parts)
        {
            if (!TryDecode(part, out var value))
            {
                values = null;
                return false;
            }
            decoded.Add(value);
        }
        values = decoded;
        return true;
    }

    public static bool IsHashed(string key) => key.Contains(HashMarker, StringComparison.Ordinal);

    /// <summary>The original value of an <see cref="Encode"/>d segment; false for hashed or malformed keys.</summary>
    public static bool TryDecode(string key, [NotNullWhen(true)] out string? value)
    {
        value = null;
        if (IsHashed(key))
            return false;
        var text = new StringBuilder(key.Length);
        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] != Escape)
            {
                text.Append(key[i]);
                continue;
            }
            var wide = i + 1 < key.Length && key[i + 1] == 'u';
            var start = wide ? i + 2 : i + 1;
            var length = wide ? 4 : 2;
            if (start + length > key.Length
                || !int.TryParse(key.AsSpan(start, length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                return false;
            text.Append((char)code);
            i = start + length - 1;
        }
        value = text.ToString();
        return true;
    }

    private static bool NeedsEscape(char c) =>
        TableLimits.IsForbiddenKeyChar(c) || c is '\'' or '"' or '%' or Escape or Separator;

    private static string Hashed(StringBuilder encoded, string value)
    {
        var cut = HashedPrefixLength;
        // Never cut inside an escape sequence (~XX, ~uXXXX) or a surrogate pair.
        for (var p = Math.Max(0, cut - 5); p < cut; p++)
        {
            if (encoded[p] == Escape && p + (encoded[p + 1] == 'u' ? 6 : 3) > cut)
            {
                cut = p;
                break;
            }
        }
        if (cut > 0 && char.IsHighSurrogate(encoded[cut - 1]))
            cut--;
        var hash = Convert.ToHexStringLower(SHA256.HashData(MemoryMarshal.AsBytes(value.AsSpan())));
        return string.Concat(encoded.ToString(0, cut), HashMarker, hash);
    }
}
