namespace Coretet.Bot.Dialogs.Journal.Exports;

public enum ExportFormat
{
    /// <summary>A readable report.</summary>
    Markdown,

    /// <summary>A zip with one CSV file per kind of entry.</summary>
    Csv,

    /// <summary>Everything, with ids.</summary>
    Json,
}
