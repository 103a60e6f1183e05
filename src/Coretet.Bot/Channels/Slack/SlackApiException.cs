namespace Coretet.Bot.Channels.Slack;

/// <summary>A Web API call answered <c>ok:false</c> (or stayed rate limited): <see cref="Error"/> is Slack's code.</summary>
public sealed class SlackApiException : Exception
{
    public SlackApiException(string method, string error)
        : base($"Slack {method} failed: {error}")
    {
        Method = method;
        Error = error;
    }

    public SlackApiException()
        : this("unknown", "unknown_error")
    {
    }

    public SlackApiException(string message)
        : this("unknown", message)
    {
    }

    public SlackApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Method = "unknown";
        Error = "unknown_error";
    }

    public string Method { get; }

    public string Error { get; }
}
