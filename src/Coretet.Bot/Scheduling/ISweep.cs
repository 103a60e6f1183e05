namespace Coretet.Bot.Scheduling;

/// <summary>
/// Periodic work that finds what is due and does it (close rounds at their deadline, send reminders). Runs in every
/// instance on a Quartz simple trigger; each due item must be claimed (<see cref="Dialogs.Claims.IClaimStore"/>)
/// before anything is sent, so N instances do it once. Register with <c>services.AddSweep&lt;T&gt;()</c>.
/// </summary>
public interface ISweep
{
    /// <summary>Stable name (Quartz job key, logs).</summary>
    string Name { get; }

    TimeSpan Interval { get; }

    Task RunAsync(CancellationToken cancellationToken);
}
