namespace Coretet.Bot.Dialogs.Capture;

public interface ICaptureScheduleStore
{
    /// <summary>Insert or replace.</summary>
    Task SaveAsync(CaptureSchedule schedule, CancellationToken cancellationToken);

    Task<CaptureSchedule?> FindAsync(string allianceId, string scheduleId, CancellationToken cancellationToken);

    Task<IReadOnlyList<CaptureSchedule>> ListAsync(string allianceId, CancellationToken cancellationToken);

    /// <summary>Every schedule of every alliance (trigger rebuild at start-up).</summary>
    Task<IReadOnlyList<CaptureSchedule>> ListAllAsync(CancellationToken cancellationToken);

    Task DeleteAsync(string allianceId, string scheduleId, CancellationToken cancellationToken);
}
