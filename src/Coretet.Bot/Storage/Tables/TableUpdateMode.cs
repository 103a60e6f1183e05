namespace Coretet.Bot.Storage.Tables;

public enum TableUpdateMode
{
    /// <summary>Keep properties not present in the new entity.</summary>
    Merge,

    /// <summary>The new entity replaces the stored one entirely.</summary>
    Replace,
}
