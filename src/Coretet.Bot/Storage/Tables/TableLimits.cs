namespace Coretet.Bot.Storage.Tables;

/// <summary>
/// The service's limits (fact sheet A.10), checked before any request so both backends refuse the same entities
/// with the same clear message: entity 1 MiB, 252 custom properties, strings and binaries 64 KiB, keys 1 KiB
/// (512 UTF-16 chars) without <c>/ \ # ?</c> or control characters; transactions of at most 100 actions on one partition.
/// </summary>
public static class TableLimits
{
    public const int MaxEntityBytes = 1024 * 1024;
    public const int MaxCustomProperties = 252;
    public const int MaxStringChars = 32 * 1024;
    public const int MaxBinaryBytes = 64 * 1024;
    public const int MaxKeyChars = 512;
    public const int MaxPropertyNameChars = 255;
    public const int MaxTransactionActions = 100;

    public static bool IsForbiddenKeyChar(char c) => c is '/' or '\\' or '#' or '?' || c <= '\u001F' || c is >= '\u007F' and <= '\u009F';

    public static bool IsValidPropertyName(string name) =>
        name.Length is > 0 and <= MaxPropertyNameChars
        && (char.IsAsciiLetter(name[0]) || name[0] == '_')
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
        && name is not ("PartitionKey" or "RowKey" or "Timestamp");

    public static bool IsValidTableName(string name) =>
        name.Length is >= 3 and <= 63 && char.IsAsciiLetter(name[0]) && name.All(char.IsAsciiLetterOrDigit)
        && !name.Equals("tables", StringComparison.OrdinalIgnoreCase);

    public static void ValidateTableName(string name)
    {
        if (!IsValidTableName(name))
            throw new TableLimitException(TableErrorCodes.InvalidInput, $"'{name}' is not a valid table name: 3 to 63 letters and digits, starting with a letter.");
    }

    public static void ValidateKey(string key, string role)
    {
        ArgumentNullException.ThrowIfNull(key, role);
        if (key.Length > MaxKeyChars)
            throw new TableLimitException(TableErrorCodes.KeyValueTooLarge, $"The {role} is {key.Length} characters; the limit is {MaxKeyChars} (1 KiB). Encode user input with TableKeys.");
        if (key.Any(IsForbiddenKeyChar))
            throw new TableLimitException(TableErrorCodes.InvalidInput, $"The {role} contains '/', '\\', '#', '?' or a control character. Encode user input with TableKeys.");
    }

    /// <summary>Checks keys, property names, types and sizes of an entity about to be written.</summary>
    public static void ValidateEntity(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ValidateKey(entity.PartitionKey, "PartitionKey");
        ValidateKey(entity.RowKey, "RowKey");
        if (entity.Count > MaxCustomProperties)
            throw new TableLimitException(TableErrorCodes.TooManyProperties, $"The entity has {entity.Count} properties; the limit is {MaxCustomProperties}.");
        long size = 4 + ((entity.PartitionKey.Length + entity.RowKey.Length) * 2);
        foreach (var (name, value) in entity)
        {
            if (!IsValidPropertyName(name))
                throw new TableLimitException(TableErrorCodes.PropertyNameInvalid, $"'{name}' is not a valid property name: letters, digits and '_', at most {MaxPropertyNameChars} characters, not a key or Timestamp.");
            if (value is not null)
                size += 8 + (name.Length * 2) + ValueSize(name, TableValues.Normalize(name, value));
        }
        if (size > MaxEntityBytes)
            throw new TableLimitException(TableErrorCodes.EntityTooLarge, $"The entity is {size / 1024} KiB; the limit is 1 MiB. Split it over several entities.");
    }

    public static void ValidateTransaction(IReadOnlyList<TableTransactionAction> actions)
    {
        if (actions.Count == 0)
            throw new TableLimitException(TableErrorCodes.InvalidInput, "A transaction needs at least one action.");
        if (actions.Count > MaxTransactionActions)
            throw new TableLimitException(TableErrorCodes.InvalidInput, $"A transaction has {actions.Count} actions; the limit is {MaxTransactionActions}.");
        var partition = actions[0].Entity.PartitionKey;
        var rows = new HashSet<string>(StringComparer.Ordinal);
        foreach (var action in actions)
        {
            if (!string.Equals(action.Entity.PartitionKey, partition, StringComparison.Ordinal))
                throw new TableLimitException(TableErrorCodes.CommandsInBatchActOnDifferentPartitions, "All actions of a transaction must be on the same PartitionKey.");
            if (!rows.Add(action.Entity.RowKey))
                throw new TableLimitException(TableErrorCodes.InvalidDuplicateRow, "A transaction may act on each entity only once.");
            if (action.ActionType == TableTransactionActionType.Delete)
            {
                ValidateKey(action.Entity.PartitionKey, "PartitionKey");
                ValidateKey(action.Entity.RowKey, "RowKey");
            }
            else
            {
                ValidateEntity(action.Entity);
            }
        }
    }

    private static long ValueSize(string name, object value) => value switch
    {
        string s when s.Length > MaxStringChars => throw new TableLimitException(
            TableErrorCodes.PropertyValueTooLarge, $"Property '{name}' is a string of {s.Length} characters; the limit is {MaxStringChars} (64 KiB)."),
        string s => 4 + (s.Length * 2L),
        byte[] b when b.Length > MaxBinaryBytes => throw new TableLimitException(
            TableErrorCodes.PropertyValueTooLarge, $"Property '{name}' is {b.Length} bytes of binary; the limit is {MaxBinaryBytes} (64 KiB)."),
        byte[] b => 4 + b.Length,
        bool => 1,
        int => 4,
        Guid => 16,
        _ => 8,
    };
}
