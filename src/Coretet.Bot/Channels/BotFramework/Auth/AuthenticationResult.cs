namespace Coretet.Bot.Channels.BotFramework.Auth;

/// <summary>Whether an inbound request may reach the bot; <see cref="Failure"/> is for the log only, never for the caller.</summary>
public sealed record AuthenticationResult(bool Succeeded, string? Failure)
{
    public static readonly AuthenticationResult Success = new(true, null);

    public static AuthenticationResult Fail(string failure) => new(false, failure);
}
