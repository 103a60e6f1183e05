using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Dialogs.Views;

/// <summary>Where a view goes.</summary>
public abstract record ReplyTarget
{
    /// <summary>The conversation the turn came from.</summary>
    public static readonly ReplyTarget Here = new HereTarget();

    /// <summary>Replace the card the user clicked (Teams: update activity / invoke response; Slack: chat.update).</summary>
    public static readonly ReplyTarget ClickedCard = new ClickedCardTarget();
}

public sealed record HereTarget : ReplyTarget;

public sealed record ClickedCardTarget : ReplyTarget;

/// <summary>A direct (1:1) message to one person, proactively when needed.</summary>
public sealed record DirectTarget(UserRef User) : ReplyTarget;

/// <summary>Another conversation the bot knows (a chantier's channel, a facilitator team's channel).</summary>
public sealed record ConversationTarget(ConversationRef Conversation) : ReplyTarget;

/// <summary>Update a message the bot posted earlier, by the platform id recorded when it was sent.</summary>
public sealed record PostedMessageTarget(ConversationRef Conversation, string MessageId) : ReplyTarget;

public sealed record Reply(View View, ReplyTarget Target)
{
    public static Reply Here(View view) => new(view, ReplyTarget.Here);

    public static Reply Here(string text) => new(new MessageView(text), ReplyTarget.Here);
}
