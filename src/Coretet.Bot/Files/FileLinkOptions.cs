namespace Coretet.Bot.Files;

/// <summary>The <c>Files</c> section: how download links for <see cref="Dialogs.Views.FileView"/>s behave (docs/journal.md).</summary>
public sealed class FileLinkOptions
{
    /// <summary>How long a link works after it is sent.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Larger files are refused with a message instead of stored.</summary>
    public long MaxBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>The first browser that opens a link owns it (a cookie); any other browser is refused with 403.</summary>
    public bool BindToFirstBrowser { get; set; } = true;

    /// <summary>How often expired files are deleted from the store.</summary>
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromMinutes(10);
}
