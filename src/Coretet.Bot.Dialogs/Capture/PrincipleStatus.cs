namespace Coretet.Bot.Dialogs.Capture;

public enum PrincipleStatus
{
    /// <summary>Proposed; waits for (or is in) a consensus round.</summary>
    Proposed,
    Adopted,
    Rejected,
}
