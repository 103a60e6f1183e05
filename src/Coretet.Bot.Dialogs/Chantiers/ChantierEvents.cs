namespace Coretet.Bot.Dialogs.Chantiers;

/// <summary>Journal event names of the chantier capability (past tense, STYLE.md "Vocabulary").</summary>
public static class ChantierEvents
{
    public const string ChantierOpened = "ChantierOpened";
    public const string ChantierJoined = "ChantierJoined";
    public const string ChantierLeft = "ChantierLeft";
    public const string AnimatorAdded = "ChantierAnimatorAdded";
    public const string AnimatorSteppedDown = "ChantierAnimatorSteppedDown";
    public const string ChantierLinked = "ChantierLinked";
    public const string ChantierClosed = "ChantierClosed";
    public const string ChantierReopened = "ChantierReopened";
}
