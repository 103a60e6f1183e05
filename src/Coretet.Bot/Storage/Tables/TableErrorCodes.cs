namespace Coretet.Bot.Storage.Tables;

/// <summary>The table service's error codes (fact sheet A.7), used by every backend in <see cref="Azure.RequestFailedException.ErrorCode"/>.</summary>
public static class TableErrorCodes
{
    public const string TableAlreadyExists = "TableAlreadyExists";
    public const string TableNotFound = "TableNotFound";
    public const string EntityAlreadyExists = "EntityAlreadyExists";
    public const string ResourceNotFound = "ResourceNotFound";
    public const string UpdateConditionNotSatisfied = "UpdateConditionNotSatisfied";
    public const string InvalidInput = "InvalidInput";
    public const string InvalidDuplicateRow = "InvalidDuplicateRow";
    public const string CommandsInBatchActOnDifferentPartitions = "CommandsInBatchActOnDifferentPartitions";
    public const string EntityTooLarge = "EntityTooLarge";
    public const string PropertyValueTooLarge = "PropertyValueTooLarge";
    public const string TooManyProperties = "TooManyProperties";
    public const string KeyValueTooLarge = "KeyValueTooLarge";
    public const string PropertyNameInvalid = "PropertyNameInvalid";
    public const string InvalidValueType = "InvalidValueType";
    public const string OutOfRangeInput = "OutOfRangeInput";
}
