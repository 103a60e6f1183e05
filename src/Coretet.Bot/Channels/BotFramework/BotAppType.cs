namespace Coretet.Bot.Channels.BotFramework;

/// <summary>The <c>MicrosoftAppType</c> values of the Bot Framework (fact sheet §2.5).</summary>
public enum BotAppType
{
    MultiTenant,
    SingleTenant,
    UserAssignedMSI,
}
