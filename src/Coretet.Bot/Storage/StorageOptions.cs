namespace Coretet.Bot.Storage;

/// <summary>
/// Section <c>Storage</c>. The backend itself is chosen by <c>ConnectionStrings:Tables</c>: set, Azure Table Storage
/// (any Azure Storage connection string, or a table endpoint URL with DefaultAzureCredential); unset, the embedded store.
/// </summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public const string ConnectionStringName = "Tables";

    /// <summary>Folder of the embedded store's file; relative to the content root. Default: <c>data</c>.</summary>
    public string? EmbeddedPath { get; set; }

    /// <summary>
    /// Azure only: how long one request may wait for the service before it is retried. Default: 30 s. Lower it so
    /// that users get "try again shortly" sooner when the service hangs (see docs/operating.md).
    /// </summary>
    public TimeSpan? NetworkTimeout { get; set; }

    /// <summary>Azure only: retries of a request on throttling, timeouts and 5xx. Default: 3.</summary>
    public int? MaxRetries { get; set; }
}
