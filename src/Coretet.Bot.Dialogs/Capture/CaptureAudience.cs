namespace Coretet.Bot.Dialogs.Capture;

/// <summary>Who a schedule asks.</summary>
public enum CaptureAudience
{
    /// <summary>Every active ally of the alliance.</summary>
    AllAllies,

    /// <summary>The chantier's members (animators and participants).</summary>
    Participants,

    /// <summary>The chantier's animators only.</summary>
    Animators,
}
