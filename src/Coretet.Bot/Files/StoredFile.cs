namespace Coretet.Bot.Files;

/// <summary>What the store knows about one delivered file (the content is read separately, chunk by chunk).</summary>
public sealed record StoredFile(string FileName, string ContentType, long Size, int Chunks, string UserKey, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt)
{
    /// <summary>SHA-256 (hex) of the secret of the browser that opened the link first; null until then.</summary>
    public string? BrowserHash { get; init; }

    public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;
}
