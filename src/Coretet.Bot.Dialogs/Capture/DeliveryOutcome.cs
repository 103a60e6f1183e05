namespace Coretet.Bot.Dialogs.Capture;

public enum DeliveryOutcome
{
    Delivered,

    /// <summary>Failed after the dispatcher's bounded retries (may work next time).</summary>
    Failed,

    /// <summary>Refused for good by the platform (403/404: bot blocked, user or conversation gone).</summary>
    Unreachable,
}
