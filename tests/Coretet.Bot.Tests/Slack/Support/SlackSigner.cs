using System.Security.Cryptography;
using System.Text;

namespace Coretet.Bot.Tests.Slack.Support;

/// <summary>Signs requests as Slack does (v0 HMAC-SHA256 over <c>v0:{ts}:{body}</c>), independently of the adapter's code.</summary>
internal static class SlackSigner
{
    public const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";

    public static string Timestamp(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Sign(string timestamp, string body, string secret = Secret)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        var hash = hmac.ComputeHash(Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}"));
        return "v0=" + string.Concat(hash.Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
    }
}
