namespace Coretet.Bot.Dialogs.Texts;

/// <summary>
/// A rule of the alliance refused a move. The message is shown to the user as is, in their language;
/// nothing was changed. Thrown by aggregates and flows, caught by the router.
/// </summary>
public class AllianceException : Exception
{
    public AllianceException(LocalizedText reason)
        : base(reason.English)
    {
        Reason = reason;
    }

    public AllianceException()
        : this(new LocalizedText("Action refusée.", "Action refused."))
    {
    }

    public AllianceException(string message)
        : this(new LocalizedText(message, message))
    {
    }

    public AllianceException(string message, Exception innerException)
        : base(message, innerException)
    {
        Reason = new LocalizedText(message, message);
    }

    public LocalizedText Reason { get; }
}
