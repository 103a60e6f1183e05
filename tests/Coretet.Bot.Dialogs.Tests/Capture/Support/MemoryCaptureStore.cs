using System.Collections.Concurrent;
using Coretet.Bot.Dialogs.Capture;

namespace Coretet.Bot.Dialogs.Tests.Capture.Support;

/// <summary>Every capture port in memory (thread-safe: the prompter sends in parallel).</summary>
internal sealed class MemoryCaptureStore : ICaptureScheduleStore, IExperienceStore, IPromptLedger, ICapturePreferencesStore, IPrincipleStore
{
    public ConcurrentDictionary<string, CaptureSchedule> Schedules { get; } = new();
    public ConcurrentDictionary<string, Experience> Experiences { get; } = new();
    public ConcurrentDictionary<string, CaptureOccurrence> Occurrences { get; } = new();
    public ConcurrentDictionary<(string, string), PromptRecord> Records { get; } = new();
    public ConcurrentDictionary<string, CapturePreferences> Preferences { get; } = new();
    public ConcurrentDictionary<string, Principle> Principles { get; } = new();

    public Task SaveAsync(CaptureSchedule schedule, CancellationToken cancellationToken) => Done(Schedules[schedule.Id] = schedule);

    public Task<CaptureSchedule?> FindAsync(string allianceId, string scheduleId, CancellationToken cancellationToken) =>
        Task.FromResult(Schedules.TryGetValue(scheduleId, out var s) && s.AllianceId == allianceId ? s : null);

    public Task<IReadOnlyList<CaptureSchedule>> ListAsync(string allianceId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CaptureSchedule>>(Schedules.Values.Where(s => s.AllianceId == allianceId).ToList());

    public Task<IReadOnlyList<CaptureSchedule>> ListAllAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CaptureSchedule>>(Schedules.Values.ToList());

    public Task DeleteAsync(string allianceId, string scheduleId, CancellationToken cancellationToken) => Done(Schedules.TryRemove(scheduleId, out _));

    public Task SaveAsync(Experience experience, CancellationToken cancellationToken) => Done(Experiences[experience.Id] = experience);

    Task<Experience?> IExperienceStore.FindAsync(string allianceId, string experienceId, CancellationToken cancellationToken) =>
        Task.FromResult(Experiences.TryGetValue(experienceId, out var e) && e.AllianceId == allianceId ? e : null);

    Task<IReadOnlyList<Experience>> IExperienceStore.ListAsync(string allianceId, DateTimeOffset since, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Experience>>(Experiences.Values.Where(e => e.AllianceId == allianceId && e.At >= since).OrderBy(e => e.At).ToList());

    public Task OpenOccurrenceAsync(CaptureOccurrence occurrence, CancellationToken cancellationToken) => Done(Occurrences.TryAdd(occurrence.Key, occurrence));

    public Task<CaptureOccurrence?> FindOccurrenceAsync(string occurrenceKey, CancellationToken cancellationToken) =>
        Task.FromResult(Occurrences.TryGetValue(occurrenceKey, out var o) ? o : null);

    public Task<IReadOnlyList<CaptureOccurrence>> ListOpenOccurrencesAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CaptureOccurrence>>(Occurrences.Values.Where(o => !o.ReminderDone).ToList());

    public Task CloseOccurrenceAsync(CaptureOccurrence occurrence, CancellationToken cancellationToken) => Done(Occurrences[occurrence.Key] = occurrence);

    public Task SaveAsync(PromptRecord record, CancellationToken cancellationToken) => Done(Records[(record.OccurrenceKey, record.AllyId)] = record);

    Task<PromptRecord?> IPromptLedger.FindAsync(string occurrenceKey, string allyId, CancellationToken cancellationToken) =>
        Task.FromResult(Records.TryGetValue((occurrenceKey, allyId), out var r) ? r : null);

    Task<IReadOnlyList<PromptRecord>> IPromptLedger.ListAsync(string occurrenceKey, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PromptRecord>>(Records.Values.Where(r => r.OccurrenceKey == occurrenceKey).ToList());

    public Task<CapturePreferences> GetAsync(string allianceId, string allyId, CancellationToken cancellationToken) =>
        Task.FromResult(Preferences.TryGetValue(allyId, out var p) ? p : new CapturePreferences(allianceId, allyId));

    /// <summary>Every preferences save, in order (to check that a turn writes nothing when there is nothing to clear).</summary>
    public ConcurrentQueue<CapturePreferences> PreferenceSaves { get; } = new();

    public Task SaveAsync(CapturePreferences preferences, CancellationToken cancellationToken)
    {
        PreferenceSaves.Enqueue(preferences);
        return Done(Preferences[preferences.AllyId] = preferences);
    }

    public Task<IReadOnlyList<string>> FindUnreachableAsync(string allyId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(Preferences.TryGetValue(allyId, out var p) && p.Unreachable ? [p.AllianceId] : []);

    public Task SaveAsync(Principle principle, CancellationToken cancellationToken) => Done(Principles[principle.Id] = principle);

    Task<IReadOnlyList<Principle>> IPrincipleStore.ListAsync(string allianceId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Principle>>(Principles.Values.Where(p => p.AllianceId == allianceId).ToList());

    public PromptRecord? Record(string occurrenceKey, string allyId) => Records.TryGetValue((occurrenceKey, allyId), out var r) ? r : null;

    private static Task Done<T>(T _) => Task.CompletedTask;
}
