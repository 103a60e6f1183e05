using Azure;

namespace Coretet.Bot.Storage.Tables;

/// <summary>A transaction was refused as a whole: nothing was applied. Mirrors Azure.Data.Tables' exception.</summary>
public sealed class TableTransactionFailedException : RequestFailedException
{
    public TableTransactionFailedException(int status, string message, string? errorCode, int? failedTransactionActionIndex, Exception? innerException = null)
        : base(status, message, errorCode, innerException)
    {
        FailedTransactionActionIndex = failedTransactionActionIndex;
    }

    /// <summary>0-based index of the action that failed, when the store says which.</summary>
    public int? FailedTransactionActionIndex { get; }
}
