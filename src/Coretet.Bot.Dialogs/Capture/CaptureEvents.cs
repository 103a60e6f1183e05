namespace Coretet.Bot.Dialogs.Capture;

/// <summary>Journal event names of the capture capability (past tense).</summary>
public static class CaptureEvents
{
    public const string CaptureScheduled = "CaptureScheduled";
    public const string CaptureSchedulePaused = "CaptureSchedulePaused";
    public const string CaptureScheduleResumed = "CaptureScheduleResumed";
    public const string CaptureScheduleDeleted = "CaptureScheduleDeleted";
    public const string CaptureQuestionsChanged = "CaptureQuestionsChanged";
    public const string CaptureTriggered = "CaptureTriggered";
    public const string ExperienceShared = "ExperienceShared";
    public const string PrincipleProposed = "PrincipleProposed";

    /// <summary>An ally marked unreachable (bot blocked) wrote to the bot again: prompts resume.</summary>
    public const string AllyReachableAgain = "AllyReachableAgain";
}
