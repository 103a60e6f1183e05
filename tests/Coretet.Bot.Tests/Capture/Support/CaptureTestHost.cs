using Coretet.Bot.Channels;
using Coretet.Bot.Dialogs;
using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Dialogs.Journal;
using Coretet.Bot.Scheduling;
using Coretet.Bot.Scheduling.Capture;
using Coretet.Bot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Coretet.Bot.Tests.Capture.Support;

/// <summary>
/// The real storage (embedded file in <paramref name="root"/>), scheduling and capture registrations in a generic host,
/// with a chosen clock and fakes for the ports other capabilities own. Two hosts on one root share one store.
/// </summary>
internal static class CaptureTestHost
{
    public static IHost Build(string root, TimeProvider clock, CaptureFakeAlliance alliance, IReplyDispatcher dispatcher, CaptureJobListener listener, CapturedLogs? logs = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = root, DisableDefaults = true });
        builder.Configuration["Storage:EmbeddedPath"] = "data";
        builder.Services.AddLogging(b => { if (logs is not null) b.AddProvider(logs); });
        builder.Services.AddSingleton(clock);
        builder.Services.AddStorage(builder.Configuration);
        builder.Services.AddDialogs();
        builder.Services.AddScheduling();
        builder.Services.AddCaptureScheduling();
        builder.Services.AddQuartz(q => q.AddJobListener(listener, [GroupMatcher<JobKey>.AnyGroup()]));
        builder.Services.AddSingleton<IAllianceGate>(alliance);
        builder.Services.AddSingleton<IAllyDirectory>(alliance);
        builder.Services.AddSingleton<IChantierDirectory>(alliance);
        builder.Services.AddSingleton<IJournal>(alliance);
        builder.Services.AddSingleton(dispatcher);
        return builder.Build();
    }
}
