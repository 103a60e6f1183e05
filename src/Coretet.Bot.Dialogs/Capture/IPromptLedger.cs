namespace Coretet.Bot.Dialogs.Capture;

/// <summary>Occurrences and who was prompted for each: reminders, deferred prompts, answers, failures.</summary>
public interface IPromptLedger
{
    /// <summary>Idempotent: a second call with the same key keeps the first record.</summary>
    Task OpenOccurrenceAsync(CaptureOccurrence occurrence, CancellationToken cancellationToken);

    Task<CaptureOccurrence?> FindOccurrenceAsync(string occurrenceKey, CancellationToken cancellationToken);

    /// <summary>Occurrences whose reminder is not done yet, every alliance.</summary>
    Task<IReadOnlyList<CaptureOccurrence>> ListOpenOccurrencesAsync(CancellationToken cancellationToken);

    Task CloseOccurrenceAsync(CaptureOccurrence occurrence, CancellationToken cancellationToken);

    /// <summary>Insert or replace one ally's record for one occurrence.</summary>
    Task SaveAsync(PromptRecord record, CancellationToken cancellationToken);

    Task<PromptRecord?> FindAsync(string occurrenceKey, string allyId, CancellationToken cancellationToken);

    Task<IReadOnlyList<PromptRecord>> ListAsync(string occurrenceKey, CancellationToken cancellationToken);
}
