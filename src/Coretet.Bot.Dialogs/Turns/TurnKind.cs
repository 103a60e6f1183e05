namespace Coretet.Bot.Dialogs.Turns;

public enum TurnKind
{
    /// <summary>A user wrote text to the bot.</summary>
    Message,

    /// <summary>A user pressed a button on a card (Teams Action.Submit/Execute, Slack block_actions/view_submission).</summary>
    CardAction,

    /// <summary>The bot was added to a conversation, team or workspace.</summary>
    Installed,

    /// <summary>The bot was removed.</summary>
    Uninstalled,
}
