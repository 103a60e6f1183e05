namespace Coretet.Bot.Dialogs.Capture;

/// <summary>Tells the scheduler that a schedule was created, changed or deleted (the host rebuilds its trigger).</summary>
public interface ICaptureTriggers
{
    Task ScheduleChangedAsync(string allianceId, string scheduleId, CancellationToken cancellationToken);

    /// <summary>Sends the schedule's prompt for <paramref name="occurrence"/> soon, in the background (<c>capture now</c>).</summary>
    Task FireNowAsync(string allianceId, string scheduleId, DateTimeOffset occurrence, CancellationToken cancellationToken);
}
