namespace Coretet.Bot.Storage.Tables;

/// <summary>The storage account (or embedded database): hands out tables by name. Mirrors TableServiceClient.</summary>
public interface ITableServiceClient
{
    /// <summary>Human-readable description for the start-up log (never contains secrets).</summary>
    string Description { get; }

    ITableClient GetTableClient(string tableName);
}
