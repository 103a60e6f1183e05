using Coretet.Bot.Channels.BotFramework.Schema;

namespace Coretet.Bot.Channels.BotFramework.Inbound;

/// <summary>A parsed activity, or the HTTP status and reason to answer instead.</summary>
public sealed record ActivityReadResult(Activity? Activity, int Status, string? Reason)
{
    public static ActivityReadResult Ok(Activity activity) => new(activity, StatusCodes.Status200OK, null);

    public static ActivityReadResult Invalid(string reason) => new(null, StatusCodes.Status400BadRequest, reason);

    public static ActivityReadResult TooLarge() =>
        new(null, StatusCodes.Status413PayloadTooLarge, $"The body is larger than {ActivityReader.MaxBodyBytes / 1024} KB.");
}
