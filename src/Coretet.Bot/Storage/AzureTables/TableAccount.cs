using System.Net;

namespace Coretet.Bot.Storage.AzureTables;

/// <summary>How to reach the Table service, parsed from <c>ConnectionStrings:Tables</c> (fact sheet A.2).</summary>
public sealed record TableAccount(Uri Endpoint, string AccountName, TableAuthentication Authentication)
{
    public const string DevelopmentAccountName = "devstoreaccount1";

    // The well-known Azurite/emulator key, public and documented by Microsoft (fact sheet A.1); not a secret.
    public const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>The account key (shared key) or the SAS query (SAS); null for Entra ID tokens. Never logged.</summary>
    public string? Secret { get; init; }

    /// <summary>Endpoint, account and kind of credential; never the secret (records print every property otherwise).</summary>
    public override string ToString() => $"{AccountName} at {Endpoint} ({Authentication})";

    /// <summary>A connection string or a plain table endpoint URL. Error messages never repeat the value (it may hold a key).</summary>
    public static TableAccount Parse(string value)
    {
        value = value.Trim();
        if (value.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            return FromUrl(value);
        var parts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var segment in value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = segment.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
                throw Invalid("each part must be Name=Value");
            parts[segment[..equals]] = segment[(equals + 1)..];
        }
        if (parts.TryGetValue("UseDevelopmentStorage", out var dev) && bool.TryParse(dev, out var useDev) && useDev)
            return Development(parts.GetValueOrDefault("DevelopmentStorageProxyUri"));
        var endpoint = parts.TryGetValue("TableEndpoint", out var explicitEndpoint) ? ParseUri(explicitEndpoint) : null;
        if (parts.TryGetValue("AccountName", out var name) && parts.TryGetValue("AccountKey", out var key))
        {
            var protocol = parts.GetValueOrDefault("DefaultEndpointsProtocol", "https");
            var suffix = parts.GetValueOrDefault("EndpointSuffix", "core.windows.net");
            endpoint ??= ParseUri($"{protocol}://{name}.table.{suffix}");
            return new TableAccount(endpoint, name, TableAuthentication.SharedKey) { Secret = key };
        }
        if (parts.TryGetValue("SharedAccessSignature", out var sas) && endpoint is not null)
            return new TableAccount(endpoint, AccountNameOf(endpoint), TableAuthentication.SharedAccessSignature) { Secret = sas.TrimStart('?') };
        throw Invalid("expected UseDevelopmentStorage=true, AccountName and AccountKey, or TableEndpoint and SharedAccessSignature");
    }

    private static TableAccount FromUrl(string value)
    {
        var uri = ParseUri(value);
        var endpoint = new Uri(uri.GetLeftPart(UriPartial.Path).TrimEnd('/'));
        return string.IsNullOrEmpty(uri.Query)
            ? new TableAccount(endpoint, AccountNameOf(endpoint), TableAuthentication.EntraId)
            : new TableAccount(endpoint, AccountNameOf(endpoint), TableAuthentication.SharedAccessSignature) { Secret = uri.Query.TrimStart('?') };
    }

    private static TableAccount Development(string? proxy)
    {
        var host = proxy is null ? "http://127.0.0.1" : ParseUri(proxy).GetLeftPart(UriPartial.Scheme) + ParseUri(proxy).Host;
        return new TableAccount(ParseUri($"{host}:10002/{DevelopmentAccountName}"), DevelopmentAccountName, TableAuthentication.SharedKey) { Secret = DevelopmentAccountKey };
    }

    /// <summary>First host label for DNS hosts, first path segment for IP or loopback hosts (path-style, Azurite).</summary>
    private static string AccountNameOf(Uri endpoint) =>
        endpoint.IsLoopback || IPAddress.TryParse(endpoint.Host, out _)
            ? endpoint.AbsolutePath.Trim('/').Split('/')[0]
            : endpoint.Host.Split('.')[0];

    private static Uri ParseUri(string value) =>
        Uri.TryCreate(value.TrimEnd('/'), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : throw Invalid("an endpoint is not an absolute http(s) URL");

    private static InvalidOperationException Invalid(string reason) =>
        new($"ConnectionStrings:Tables is not a valid Azure Storage connection string or table endpoint URL: {reason}.");
}
