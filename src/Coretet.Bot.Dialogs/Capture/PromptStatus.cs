namespace Coretet.Bot.Dialogs.Capture;

/// <summary>Where one ally stands for one occurrence.</summary>
public enum PromptStatus
{
    /// <summary>Quiet hours: to be sent at <see cref="PromptRecord.DueAt"/>.</summary>
    Deferred,
    Sent,
    Answered,
    NothingToReport,
    Skipped,

    /// <summary>The ally paused prompts; nothing was sent.</summary>
    Paused,

    /// <summary>Sending failed after the dispatcher's retries.</summary>
    Failed,

    /// <summary>The platform refused for good (bot blocked, user gone): not retried.</summary>
    Unreachable,
}
