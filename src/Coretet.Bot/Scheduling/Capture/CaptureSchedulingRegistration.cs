using Coretet.Bot.Dialogs.Capture;
using Quartz;

namespace Coretet.Bot.Scheduling.Capture;

public static class CaptureSchedulingRegistration
{
    /// <summary>
    /// Capture triggers (one cron trigger per stored schedule), follow-ups and digests, proactive prompt sending. Call
    /// after <c>AddScheduling()</c>: a stopping host waits for running jobs, so that a fan-out finishes the prompts it
    /// has claimed (it claims no more once the host is stopping; the host's shutdown timeout bounds the wait).
    /// </summary>
    public static IServiceCollection AddCaptureScheduling(this IServiceCollection services)
    {
        services.Configure<QuartzHostedServiceOptions>(o => o.WaitForJobsToComplete = true);
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
