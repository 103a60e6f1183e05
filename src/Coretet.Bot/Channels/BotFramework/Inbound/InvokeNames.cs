namespace Coretet.Bot.Channels.BotFramework.Inbound;

/// <summary>The Teams invoke names the bot answers (fact sheet §4.2, §4.4).</summary>
public static class InvokeNames
{
    public const string AdaptiveCardAction = "adaptiveCard/action";

    public const string TaskFetch = "task/fetch";

    public const string TaskSubmit = "task/submit";
}
