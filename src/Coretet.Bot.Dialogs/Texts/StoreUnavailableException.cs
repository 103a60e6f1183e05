namespace Coretet.Bot.Dialogs.Texts;

/// <summary>
/// Thrown by storage adapters when the store cannot be reached (timeouts, 5xx after retries).
/// The router turns it into a "try again shortly" message instead of an apology for a bug.
/// </summary>
public class StoreUnavailableException : Exception
{
    public StoreUnavailableException()
    {
    }

    public StoreUnavailableException(string message)
        : base(message)
    {
    }

    public StoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
