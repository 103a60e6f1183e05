using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Coretet.Bot.Storage.AzureTables;

/// <summary>Headers every Table request carries (fact sheet A.3), set on each retry so the date is fresh.</summary>
internal sealed class TableHeadersPolicy : HttpPipelineSynchronousPolicy
{
    public const string Version = "2020-12-06";

    public override void OnSendingRequest(HttpMessage message)
    {
        var headers = message.Request.Headers;
        headers.SetValue("x-ms-date", DateTimeOffset.UtcNow.ToString("r", CultureInfo.InvariantCulture));
        headers.SetValue("x-ms-version", Version);
        headers.SetValue("DataServiceVersion", "3.0");
        if (!headers.Contains("Accept"))
            headers.SetValue("Accept", "application/json;odata=minimalmetadata");
    }
}

/// <summary>
/// SharedKeyLite (fact sheet A.4): HMAC-SHA256 over <c>x-ms-date + "\n" + "/" + account + escaped path</c>
/// (+ <c>?comp=</c>); no other query parameter is signed. Path-style endpoints (Azurite) name the account twice.
/// </summary>
internal sealed class SharedKeyLitePolicy(string accountName, string accountKey) : HttpPipelineSynchronousPolicy
{
    private readonly byte[] key = Convert.FromBase64String(accountKey);

    public override void OnSendingRequest(HttpMessage message)
    {
        message.Request.Headers.TryGetValue("x-ms-date", out var date);
        var uri = message.Request.Uri.ToUri();
        var resource = "/" + accountName + (uri.AbsolutePath.Length == 0 ? "/" : uri.AbsolutePath);
        var comp = System.Web.HttpUtility.ParseQueryString(uri.Query)["comp"];
        if (comp is not null)
            resource += "?comp=" + comp;
        var signature = Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(date + "\n" + resource)));
        message.Request.Headers.SetValue("Authorization", $"SharedKeyLite {accountName}:{signature}");
    }
}

/// <summary>Appends the SAS query (already URL-encoded) to each request, once.</summary>
internal sealed class SharedAccessSignaturePolicy(string signature) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        foreach (var pair in signature.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
                message.Request.Uri.AppendQuery(pair[..equals], pair[(equals + 1)..], escapeValue: false);
        }
    }
}
