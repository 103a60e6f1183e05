namespace Coretet.Bot.Dialogs.Capture;

public interface IExperienceStore
{
    /// <summary>Insert or replace (an ally answering the same prompt twice replaces their answer).</summary>
    Task SaveAsync(Experience experience, CancellationToken cancellationToken);

    Task<Experience?> FindAsync(string allianceId, string experienceId, CancellationToken cancellationToken);

    /// <summary>Experiences of the alliance at or after <paramref name="since"/>, oldest first.</summary>
    Task<IReadOnlyList<Experience>> ListAsync(string allianceId, DateTimeOffset since, CancellationToken cancellationToken);
}
