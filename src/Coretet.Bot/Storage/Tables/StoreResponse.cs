using System.Diagnostics.CodeAnalysis;
using Azure;
using Azure.Core;

namespace Coretet.Bot.Storage.Tables;

/// <summary>An Azure.Core <see cref="Response"/> for backends without HTTP (status and an optional ETag header).</summary>
internal sealed class StoreResponse(int status, ETag etag = default) : Response
{
    public override int Status => status;

    public override string ReasonPhrase => status switch { 200 => "OK", 201 => "Created", 202 => "Accepted", 204 => "No Content", 404 => "Not Found", _ => "" };

    public override Stream? ContentStream { get; set; }

    public override string ClientRequestId { get; set; } = "";

    public override void Dispose()
    {
    }

    protected override bool ContainsHeader(string name) => TryGetHeader(name, out _);

    protected override IEnumerable<HttpHeader> EnumerateHeaders() =>
        etag == default ? [] : [new HttpHeader(HttpHeader.Names.ETag, etag.ToString("H"))];

    protected override bool TryGetHeader(string name, [NotNullWhen(true)] out string? value)
    {
        value = etag != default && string.Equals(name, HttpHeader.Names.ETag, StringComparison.OrdinalIgnoreCase) ? etag.ToString("H") : null;
        return value is not null;
    }

    protected override bool TryGetHeaderValues(string name, [NotNullWhen(true)] out IEnumerable<string>? values)
    {
        values = TryGetHeader(name, out var value) ? [value] : null;
        return values is not null;
    }
}
