using Quartz;

namespace Coretet.Bot.Scheduling;

/// <summary>Schedules one Quartz job per registered <see cref="ISweep"/> when the host starts.</summary>
internal sealed class SweepRegistrar(ISchedulerFactory schedulers, IEnumerable<ISweep> sweeps) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        foreach (var sweep in sweeps)
        {
            var job = JobBuilder.Create<SweepJob>()
                .WithIdentity($"sweep.{sweep.Name}")
                .UsingJobData(SweepJob.SweepNameKey, sweep.Name)
                .Build();
            var trigger = TriggerBuilder.Create()
                .WithIdentity($"sweep.{sweep.Name}")
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(sweep.Interval).RepeatForever())
                .Build();
            await scheduler.ScheduleJob(job, trigger, cancellationToken: cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
