using Microsoft.Extensions.Logging;

namespace Coretet.Bot.Dialogs.Capture;

/// <summary>
/// The periodic part of capture: prompts deferred by quiet hours, then one reminder per ally who did not answer
/// after <see cref="CaptureOptions.ReminderDelay"/>. Claimed like prompts, so every instance may run it.
/// </summary>
public sealed partial class CaptureFollowUps(
    IPromptLedger ledger,
    ICaptureScheduleStore schedules,
    CapturePrompter prompter,
    CaptureOptions options,
    TimeProvider clock,
    ILogger<CaptureFollowUps> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var occurrence in await ledger.ListOpenOccurrencesAsync(cancellationToken))
        {
            try
            {
                await FollowUpAsync(occurrence, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFollowUpFailed(logger, occurrence.Key, ex);
            }
        }
    }

    private async Task FollowUpAsync(CaptureOccurrence occurrence, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var schedule = occurrence.ScheduleId.Length == 0 ? null : await schedules.FindAsync(occurrence.AllianceId, occurrence.ScheduleId, cancellationToken);
        var content = new PromptContent(occurrence.Key, schedule?.Questions ?? CaptureQuestions.Defaults)
        {
            ChantierId = occurrence.ChantierId,
            DecisionId = occurrence.DecisionId,
        };
        var records = await ledger.ListAsync(occurrence.Key, cancellationToken);
        var timeZone = schedule?.TimeZone ?? Alliances.Alliance.DefaultTimeZone;
        foreach (var record in records.Where(r => r.Status == PromptStatus.Deferred && r.DueAt <= now))
            await SendDeferredAsync(occurrence, record, content, timeZone, cancellationToken);
        var reminderDue = now >= occurrence.At + options.ReminderDelay;
        if (!reminderDue)
            return;
        foreach (var record in records.Where(r => r.AwaitsAnswer && r.RemindedAt is null && r.AllyId != CaptureKeys.ChannelRecipient))
        {
            if (await prompter.ResolveAllyAsync(occurrence.AllianceId, record.AllyId, cancellationToken) is { } ally
                && (await prompter.HoldAsync(ally, timeZone, cancellationToken)).Hold is null)
                await prompter.DeliverAsync(ally, content with { IsReminder = true }, cancellationToken);
        }

        if (!records.Any(r => r.Status == PromptStatus.Deferred))
            await ledger.CloseOccurrenceAsync(occurrence with { ReminderDone = true }, cancellationToken);
    }

    private async Task SendDeferredAsync(CaptureOccurrence occurrence, PromptRecord record, PromptContent content, string timeZone, CancellationToken cancellationToken)
    {
        var ally = await prompter.ResolveAllyAsync(occurrence.AllianceId, record.AllyId, cancellationToken);
        if (ally is null)
        {
            await ledger.SaveAsync(record with { Status = PromptStatus.Skipped, UpdatedAt = clock.GetUtcNow() }, cancellationToken);
            return;
        }

        var (hold, until) = await prompter.HoldAsync(ally, timeZone, cancellationToken);
        if (hold is { } status)
            await ledger.SaveAsync(record with { Status = status, DueAt = until, UpdatedAt = clock.GetUtcNow() }, cancellationToken);
        else
            await prompter.DeliverAsync(ally, content, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Capture follow-up of {Occurrence} failed; retried on the next tick")]
    private static partial void LogFollowUpFailed(ILogger logger, string occurrence, Exception exception);
}
