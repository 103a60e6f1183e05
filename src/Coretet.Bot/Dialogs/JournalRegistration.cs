using Coretet.Bot.Dialogs.Journal;
using Coretet.Bot.Dialogs.Journal.Exports;
using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Files;
using Coretet.Bot.Scheduling;
using Coretet.Bot.Storage.Journal;

namespace Coretet.Bot.Dialogs;

/// <summary>The journal, records and exports, and the private download links that deliver files (docs/journal.md).</summary>
public static class JournalRegistration
{
    public static IServiceCollection AddJournal(this IServiceCollection services)
    {
        services.AddOptions<FileLinkOptions>().BindConfiguration("Files")
            .Validate(o => o.LinkLifetime > TimeSpan.Zero && o.MaxBytes > 0 && o.CleanupInterval > TimeSpan.Zero, "Files: LinkLifetime, MaxBytes and CleanupInterval must be positive.")
            .ValidateOnStart();
        services.AddHttpContextAccessor();
        services.AddSingleton<PublicBaseUrl>();
        services.AddSingleton<TableFileStore>();
        services.AddSingleton<ITurnResultFilter, FileLinkFilter>();
        services.AddSingleton<FilesEndpoint>();
        services.AddSweep<FileCleanupSweep>();
        services.AddSingleton<IJournalReader, TableJournalReader>();
        services.AddSingleton<JournalExporter>();
        services.AddSingleton<Flow, JournalFlow>();
        services.AddSingleton<Flow, ExportFlow>();
        return services;
    }

    public static IEndpointRouteBuilder MapJournal(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/files/{token}", (HttpContext context, string token, FilesEndpoint handler) => handler.HandleAsync(context, token));
        return endpoints;
    }
}
