using Quartz;

namespace Coretet.Bot.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Quartz in every instance (in-memory store: schedules are data in Table Storage and triggers are rebuilt from
    /// it; exactly-once comes from claims, not from Quartz clustering). The clock is the DI <see cref="TimeProvider"/>.
    /// </summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services)
    {
        services.AddQuartz(q =>
        {
            q.UseInMemoryStore();
            q.UseDefaultThreadPool(pool => pool.MaxConcurrency = 4);
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = false);
        services.AddHostedService<SweepRegistrar>();
        return services;
    }

    /// <summary>Registers a periodic sweep (see <see cref="ISweep"/>).</summary>
    public static IServiceCollection AddSweep<TSweep>(this IServiceCollection services)
        where TSweep : class, ISweep
    {
        services.AddSingleton<TSweep>();
        services.AddSingleton<ISweep>(sp => sp.GetRequiredService<TSweep>());
        return services;
    }
}
