using Coretet.Bot.Dialogs.Capture;
using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Storage.Capture;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Coretet.Bot.Dialogs;

public static class CaptureRegistration
{
    /// <summary>
    /// Experience capture: its flows, the prompt fan-out, follow-ups, digests, principles, the <c>Capture</c> options and
    /// the table adapters of its ports. Quartz triggers are registered by <c>AddCaptureScheduling()</c>.
    /// </summary>
    public static IServiceCollection AddCapture(this IServiceCollection services)
    {
        services.AddOptions<CaptureOptions>().BindConfiguration(CaptureOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<CaptureOptions>>().Value);
        services.AddSingleton<ICaptureScheduleStore, TableCaptureScheduleStore>();
        services.AddSingleton<IExperienceStore, TableExperienceStore>();
        services.AddSingleton<IPromptLedger, TablePromptLedger>();
        services.AddSingleton<ICapturePreferencesStore, TableCapturePreferencesStore>();
        services.AddSingleton<IPrincipleStore, TablePrincipleStore>();
        services.TryAddSingleton<IPrincipleRounds, NoPrincipleRounds>();
        services.TryAddSingleton<Chantiers.IChantierDirectory, NoChantierDirectory>();
        services.AddSingleton<CapturePrompter>();
        services.AddSingleton<CaptureFollowUps>();
        services.AddSingleton<CaptureDigester>();
        services.AddSingleton<PrincipleOutcomes>();
        services.AddSingleton<Flow, CaptureScheduleFlow>();
        services.AddSingleton<Flow, ExperienceFlow>();
        services.AddSingleton<Flow, CapturePreferencesFlow>();
        services.AddSingleton<Flow, PrincipleFlow>();
        services.AddSingleton<ITurnObserver, CaptureReachability>();
        return services;
    }
}
