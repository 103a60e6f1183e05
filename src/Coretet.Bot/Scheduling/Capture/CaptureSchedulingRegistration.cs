using Coretet.Bot.Dialogs.Capture;

namespace Coretet.Bot.Scheduling.Capture;

public static class CaptureSchedulingRegistration
{
    /// <summary>Capture triggers (one cron trigger per stored schedule), follow-ups and digests, proactive prompt sending.</summary>
    public static IServiceCollection AddCaptureScheduling(this IServiceCollection services)
    {
        services.AddSingleton<QuartzCadenceCalendar>();
        services.AddSingleton<ICadenceCalendar>(sp => sp.GetRequiredService<QuartzCadenceCalendar>());
        services.AddSingleton<CaptureTriggerRegistrar>();
        services.AddSingleton<ICaptureTriggers>(sp => sp.GetRequiredService<CaptureTriggerRegistrar>());
        services.AddHostedService(sp => sp.GetRequiredService<CaptureTriggerRegistrar>());
        services.AddTransient<CapturePromptJob>();
        services.AddSingleton<IPromptSender, DispatcherPromptSender>();
        services.AddSweep<CaptureTriggerSyncSweep>();
        services.AddSweep<CaptureFollowUpSweep>();
        return services;
    }
}
