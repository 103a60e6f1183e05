using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Dialogs.Claims;
using Coretet.Bot.Dialogs.Views;
using Microsoft.Extensions.Logging;

namespace Coretet.Bot.Dialogs.Capture;

/// <summary>
/// Fans one occurrence out to its audience: each (occurrence, recipient) is claimed with an insert before anything is
/// sent, so several instances, a restart or a retry never send a prompt twice. Paused allies get nothing, allies in
/// their quiet hours get the prompt when those end, unreachable ones are not tried again.
/// </summary>
public sealed partial class CapturePrompter(
    IAllyDirectory allies,
    IChantierDirectory chantiers,
    IClaimStore claims,
    IPromptLedger ledger,
    ICapturePreferencesStore preferences,
    IPromptSender sender,
    CaptureOptions options,
    TimeProvider clock,
    ILogger<CapturePrompter> logger,
    IAllianceStore alliances)
{
    public async Task<PromptRunSummary> SendOccurrenceAsync(CaptureSchedule schedule, DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        var chantier = schedule.ChantierId is null ? null : await chantiers.FindAsync(schedule.AllianceId, schedule.ChantierId, cancellationToken);
        if (schedule.ChantierId is not null && chantier is not { IsOpen: true })
        {
            LogChantierGone(logger, schedule.Id, schedule.ChantierId);
            return PromptRunSummary.Empty;
        }

        var key = schedule.OccurrenceKey(occurrence);
        await ledger.OpenOccurrenceAsync(new CaptureOccurrence(key, schedule.AllianceId, schedule.Id, occurrence) { ChantierId = schedule.ChantierId }, cancellationToken);
        var content = new PromptContent(key, schedule.Questions) { ChantierId = chantier?.Id, ChantierTitle = chantier?.Title };
        if (schedule.Delivery == CaptureDelivery.Channel && chantier?.LinkedConversation is { } channel)
            return await PostInChannelAsync(schedule, content, channel, cancellationToken);
        var recipients = await AudienceAsync(schedule.AllianceId, schedule.Audience, chantier, cancellationToken);
        return await FanOutAsync(recipients, content, schedule.TimeZone, cancellationToken);
    }

    /// <summary>A prompt about a decision under review (consensus capability), to the given allies, once each.</summary>
    public async Task<PromptRunSummary> SendDecisionReviewAsync(DecisionReviewRequest request, CancellationToken cancellationToken)
    {
        var key = CaptureKeys.Occurrence("d" + CaptureKeys.ExperienceId(request.DecisionId, "")[..7], request.DueAt);
        await ledger.OpenOccurrenceAsync(new CaptureOccurrence(key, request.AllianceId, "", request.DueAt) { ChantierId = request.ChantierId, DecisionId = request.DecisionId }, cancellationToken);
        var content = new PromptContent(key, CaptureQuestions.Defaults) { ChantierId = request.ChantierId, DecisionId = request.DecisionId, DecisionTitle = request.DecisionTitle };
        var recipients = new List<Ally>();
        foreach (var id in request.AllyIds.Distinct(StringComparer.Ordinal))
        {
            if (await allies.FindAsync(request.AllianceId, id, cancellationToken) is { IsActive: true } ally)
                recipients.Add(ally);
        }

        return await FanOutAsync(recipients, content, Alliance.DefaultTimeZone, cancellationToken);
    }

    /// <summary>
    /// Sends one ally's prompt now if the claim is ours; records the outcome. False when another sender had it. Once
    /// claimed, the send and its record are finished even when the instance is stopping (nobody else may send it).
    /// </summary>
    internal async Task<bool> DeliverAsync(Ally ally, PromptContent content, CancellationToken cancellationToken)
    {
        // Stopping is honoured before the claim, never after it has started: a claim cancelled in flight may still
        // have been written, and then nobody would ever send this prompt.
        cancellationToken.ThrowIfCancellationRequested();
        cancellationToken = CancellationToken.None;
        if (!await claims.TryClaimAsync(content.IsReminder ? CaptureKeys.ReminderClaimScope : CaptureKeys.PromptClaimScope,
                CaptureKeys.Prompt(content.OccurrenceKey, ally.Id), cancellationToken))
            return false;
        var view = CaptureViews.Prompt(content, ally.Language);
        var result = await sender.SendAsync(new Reply(view, new DirectTarget(ally.User)), cancellationToken);
        var now = clock.GetUtcNow();
        var previous = await ledger.FindAsync(content.OccurrenceKey, ally.Id, cancellationToken);
        var record = (previous ?? new PromptRecord(content.OccurrenceKey, ally.Id, PromptStatus.Sent, now)) with { UpdatedAt = now, Error = result.Error };
        record = result.Outcome switch
        {
            DeliveryOutcome.Delivered when content.IsReminder => record with { RemindedAt = now },
            DeliveryOutcome.Delivered => record with { Status = PromptStatus.Sent, DueAt = null },
            DeliveryOutcome.Unreachable => record with { Status = PromptStatus.Unreachable },
            _ => content.IsReminder ? record : record with { Status = PromptStatus.Failed },
        };
        await ledger.SaveAsync(record, cancellationToken);
        if (result.Outcome == DeliveryOutcome.Unreachable)
        {
            LogUnreachable(logger, ally.Id, result.Error);
            await preferences.SaveAsync((await preferences.GetAsync(ally.AllianceId, ally.Id, cancellationToken)) with { Unreachable = true }, cancellationToken);
        }
        else if (result.Outcome == DeliveryOutcome.Failed)
        {
            LogFailed(logger, ally.Id, content.OccurrenceKey, result.Error);
        }

        return result.Outcome == DeliveryOutcome.Delivered;
    }

    internal async Task<Ally?> ResolveAllyAsync(string allianceId, string allyId, CancellationToken cancellationToken) =>
        await allies.FindAsync(allianceId, allyId, cancellationToken) is { IsActive: true } ally ? ally : null;

    /// <summary>Paused, quiet (deferred to the returned time), unreachable, or sendable now (null).</summary>
    internal async Task<(PromptStatus? Hold, DateTimeOffset? Until)> HoldAsync(Ally ally, string fallbackTimeZone, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var prefs = await preferences.GetAsync(ally.AllianceId, ally.Id, cancellationToken);
        if (prefs.Unreachable)
            return (PromptStatus.Unreachable, null);
        if (prefs.IsPausedAt(now))
            return (PromptStatus.Paused, null);
        var sendAt = prefs.SendableAt(now, CaptureZones.Find(ally.TimeZone ?? fallbackTimeZone));
        return sendAt > now ? (PromptStatus.Deferred, sendAt) : (null, null);
    }

    private async Task<PromptRunSummary> FanOutAsync(IReadOnlyList<Ally> recipients, PromptContent content, string timeZone, CancellationToken cancellationToken)
    {
        var summary = new PromptRunSummary();
        var pacer = new SendPacer(options.MaxPromptsPerSecond, clock);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxParallelSends), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(recipients, parallel, async (ally, ct) =>
        {
            if (await ledger.FindAsync(content.OccurrenceKey, ally.Id, ct) is not null)
                return;
            var (hold, until) = await HoldAsync(ally, timeZone, ct);
            if (hold is { } status)
            {
                await ledger.SaveAsync(new PromptRecord(content.OccurrenceKey, ally.Id, status, clock.GetUtcNow()) { DueAt = until }, ct);
                summary.Count(status);
                return;
            }

            await pacer.WaitTurnAsync(ct);
            if (await DeliverAsync(ally, content, ct))
                summary.Count(PromptStatus.Sent);
        });
        return summary;
    }

    private async Task<PromptRunSummary> PostInChannelAsync(CaptureSchedule schedule, PromptContent content, Turns.ConversationRef channel, CancellationToken cancellationToken)
    {
        var summary = new PromptRunSummary();
        if (!await claims.TryClaimAsync(CaptureKeys.PromptClaimScope, CaptureKeys.Prompt(content.OccurrenceKey, CaptureKeys.ChannelRecipient), cancellationToken))
            return summary;
        // A channel has many readers: the prompt speaks the alliance's default language.
        var language = (await alliances.FindAsync(schedule.AllianceId, cancellationToken))?.DefaultLanguage ?? Turns.Language.French;
        var result = await sender.SendAsync(new Reply(CaptureViews.Prompt(content, language), new ConversationTarget(channel)), cancellationToken);
        var status = result.Outcome == DeliveryOutcome.Delivered ? PromptStatus.Sent : PromptStatus.Failed;
        await ledger.SaveAsync(new PromptRecord(content.OccurrenceKey, CaptureKeys.ChannelRecipient, status, clock.GetUtcNow()) { Error = result.Error }, cancellationToken);
        if (status == PromptStatus.Failed)
            LogFailed(logger, CaptureKeys.ChannelRecipient, content.OccurrenceKey, result.Error);
        summary.Count(status);
        return summary;
    }

    private async Task<IReadOnlyList<Ally>> AudienceAsync(string allianceId, CaptureAudience audience, ChantierSummary? chantier, CancellationToken cancellationToken)
    {
        var active = (await allies.ListAsync(allianceId, cancellationToken)).Where(a => a.IsActive);
        return (audience, chantier) switch
        {
            (CaptureAudience.Animators, { } c) => active.Where(a => c.IsAnimator(a.Id)).ToList(),
            (CaptureAudience.Participants, { } c) => active.Where(a => c.IsMember(a.Id)).ToList(),
            _ => active.ToList(),
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Capture schedule {ScheduleId}: chantier {ChantierId} is closed or gone; nothing sent")]
    private static partial void LogChantierGone(ILogger logger, string scheduleId, string chantierId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ally {AllyId} is unreachable ({Error}); no more prompts until they write again")]
    private static partial void LogUnreachable(ILogger logger, string allyId, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Prompt to {Recipient} for {Occurrence} failed: {Error}")]
    private static partial void LogFailed(ILogger logger, string recipient, string occurrence, string? error);
}
