namespace Coretet.Bot.Tests.PostedCards;

/// <summary>A temporary <c>Storage:EmbeddedPath</c> that several hosts share (one embedded file, as instances); deleted on dispose.</summary>
internal sealed class SharedStoreFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "coretet-instances-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a stopping host; the temp folder is cleaned by the OS.
        }
    }
}
