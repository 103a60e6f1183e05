using Coretet.Bot.Consensus;
using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Dialogs.Consensus;
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
        services.AddSingleton(sp => new JournalExporter(sp.GetRequiredService<IJournalReader>(), sp.GetRequiredService<IAllyDirectory>(),
            sp.GetServices<IChantierDirectory>(), Rounds(sp), sp.GetRequiredService<TimeProvider>(), sp.GetService<IExperienceStore>(), sp.GetService<IPrincipleStore>()));
        services.AddSingleton<Flow, JournalFlow>();
        services.AddSingleton<Flow, ExportFlow>();
        services.AddSingleton<Flow>(sp => new WhyFlow(sp.GetRequiredService<IAllianceGate>(), Rounds(sp),
            sp.GetService<IExperienceStore>(), sp.GetService<IPrincipleStore>(), sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    /// <summary>Rounds are read only while the consensus capability is active (its ports are all registered).</summary>
    private static RoundAccess? Rounds(IServiceProvider services) =>
        ConsensusPorts.Available(services) ? services.GetRequiredService<RoundAccess>() : null;

    public static IEndpointRouteBuilder MapJournal(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/files/{token}", (HttpContext context, string token, FilesEndpoint handler) => handler.HandleAsync(context, token));
        return endpoints;
    }
}
