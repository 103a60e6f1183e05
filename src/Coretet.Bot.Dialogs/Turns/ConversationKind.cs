namespace Coretet.Bot.Dialogs.Turns;

public enum ConversationKind
{
    /// <summary>One-to-one chat between the bot and one person.</summary>
    Personal,

    /// <summary>A group chat (Teams) or multi-person DM (Slack).</summary>
    Group,

    /// <summary>A channel of a team (Teams) or a channel of a workspace (Slack).</summary>
    Channel,
}
