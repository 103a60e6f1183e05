using Azure;

namespace Coretet.Bot.Storage.Tables;

/// <summary>
/// An entity, key or transaction outside the table service's limits, refused before anything is sent
/// (status 400 and the error code the service would have answered, so callers handle both alike).
/// </summary>
public sealed class TableLimitException : RequestFailedException
{
    public TableLimitException(string errorCode, string message)
        : base(400, message, errorCode, null)
    {
    }
}
