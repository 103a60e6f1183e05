using System.Net;

namespace Coretet.Bot.Channels.BotFramework.Outbound;

/// <summary>A Connector call failed for good (after retries, or with a status that is not retried).</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorException(string message, HttpStatusCode status, int attempts)
        : base(message)
    {
        Status = status;
        Attempts = attempts;
    }

    public HttpStatusCode? Status { get; }

    public int Attempts { get; }
}
