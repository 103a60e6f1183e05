using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Dialogs.Journal;
using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Capture;

/// <summary>
/// Capture schedules: facilitators manage alliance-wide ones, animators their chantier's (facilitators too).
/// Every change is saved, journaled, and handed to the scheduler to rebuild the trigger.
/// </summary>
public sealed class CaptureScheduleFlow(
    IAllianceGate gate,
    IChantierDirectory chantiers,
    ICaptureScheduleStore schedules,
    ICadenceCalendar calendar,
    ICaptureTriggers triggers,
    IJournal journal,
    TimeProvider clock) : Flow
{
    public static readonly CommandSpec Plan = new("capture.schedule", ["planifier capture", "programmer capture"], ["schedule capture"], CaptureTexts.PlanDescription) { Arguments = CaptureTexts.PlanArguments };
    public static readonly CommandSpec List = new("capture.schedules", ["captures", "plannings capture"], ["capture schedules"], CaptureTexts.ListDescription);
    public static readonly CommandSpec Pause = new("capture.pause", "suspendre capture", "pause capture", CaptureTexts.PauseDescription) { Arguments = CaptureTexts.IdArgument };
    public static readonly CommandSpec Resume = new("capture.resume", "reprendre capture", "resume capture", CaptureTexts.ResumeDescription) { Arguments = CaptureTexts.IdArgument };
    public static readonly CommandSpec Delete = new("capture.delete", "supprimer capture", "delete capture", CaptureTexts.DeleteDescription) { Arguments = CaptureTexts.IdArgument };
    public static readonly CommandSpec Questions = new("capture.questions", "questions capture", "capture questions", CaptureTexts.QuestionsDescription) { Arguments = CaptureTexts.QuestionsArguments };
    public static readonly CommandSpec Now = new("capture.now", "capitaliser maintenant", "capture now", CaptureTexts.NowDescription) { Arguments = CaptureTexts.IdArgument };

    public override IReadOnlyList<CommandSpec> Commands => [Plan, List, Pause, Resume, Delete, Questions, Now];

    public override async Task<TurnResult> OnCommandAsync(Turn turn, CommandMatch match, CancellationToken cancellationToken)
    {
        var context = await gate.RequireAllyAsync(turn, cancellationToken);
        if (match.Command == Plan)
            return await PlanAsync(turn, context, match.Arguments, cancellationToken);
        if (match.Command == List)
            return await ListAsync(turn, context, cancellationToken);
        var (id, rest) = SplitId(match.Arguments);
        var schedule = await ManageableAsync(context, id, cancellationToken);
        return match.Command.Name switch
        {
            "capture.pause" => await ChangeAsync(turn, context, schedule, s => s.Pause(), CaptureEvents.CaptureSchedulePaused, CaptureTexts.Paused, cancellationToken),
            "capture.resume" => await ChangeAsync(turn, context, schedule, s => s.Resume(), CaptureEvents.CaptureScheduleResumed, CaptureTexts.Resumed, cancellationToken),
            "capture.questions" => await ChangeAsync(turn, context, schedule, s => SetQuestions(s, rest), CaptureEvents.CaptureQuestionsChanged, CaptureTexts.QuestionsChanged, cancellationToken),
            "capture.delete" => await DeleteAsync(turn, context, schedule, cancellationToken),
            _ => await FireNowAsync(turn, context, schedule, cancellationToken),
        };
    }

    private async Task<TurnResult> PlanAsync(Turn turn, AllianceContext context, string arguments, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var timeZone = context.Alliance.TimeZone;
        var request = CaptureScheduleParser.Parse(arguments, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, CaptureZones.Find(timeZone)).DateTime));
        if (request.Cadence.Cron is { } cron && calendar.ValidateCron(cron) is { } reason)
            throw new AllianceException(reason);
        var chantier = request.ChantierId is null ? null : await FindChantierAsync(context, request.ChantierId, cancellationToken);
        EnsureCanManage(context, chantier);
        var draft = new CaptureScheduleDraft(CaptureKeys.NewId(), context.Alliance.Id, chantier?.Id, request.Cadence, timeZone)
        {
            Audience = request.Audience ?? (chantier is null ? CaptureAudience.AllAllies : CaptureAudience.Participants),
            Delivery = request.Delivery,
            HasLinkedChannel = chantier?.LinkedConversation is not null,
        };
        var schedule = CaptureSchedule.Create(draft, context.UserKey, now);
        if (calendar.NextAfter(schedule.Cadence, timeZone, now) is not { } next)
            throw new AllianceException(CaptureTexts.CronNeverFires);
        await schedules.SaveAsync(schedule, cancellationToken);
        await JournalAsync(turn, context, schedule, CaptureEvents.CaptureScheduled, CaptureTexts.JournalScheduled, cancellationToken);
        await triggers.ScheduleChangedAsync(schedule.AllianceId, schedule.Id, cancellationToken);
        return TurnResult.Text(CaptureTexts.Scheduled.Format(schedule.Id, CaptureViews.Describe(schedule, next, turn.Language)).In(turn.Language));
    }

    private async Task<TurnResult> ListAsync(Turn turn, AllianceContext context, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var items = (await schedules.ListAsync(context.Alliance.Id, cancellationToken))
            .Select(s => (s, s.IsPaused ? null : calendar.NextAfter(s.Cadence, s.TimeZone, now)))
            .ToList();
        return TurnResult.Show(CaptureViews.Schedules(items, turn.Language));
    }

    private async Task<TurnResult> ChangeAsync(Turn turn, AllianceContext context, CaptureSchedule schedule, Action<CaptureSchedule> change, string kind, LocalizedText done, CancellationToken cancellationToken)
    {
        change(schedule);
        await schedules.SaveAsync(schedule, cancellationToken);
        await JournalAsync(turn, context, schedule, kind, CaptureTexts.JournalChanged, cancellationToken);
        await triggers.ScheduleChangedAsync(schedule.AllianceId, schedule.Id, cancellationToken);
        return TurnResult.Text(done.Format(schedule.Id).In(turn.Language));
    }

    private async Task<TurnResult> DeleteAsync(Turn turn, AllianceContext context, CaptureSchedule schedule, CancellationToken cancellationToken)
    {
        await schedules.DeleteAsync(schedule.AllianceId, schedule.Id, cancellationToken);
        await JournalAsync(turn, context, schedule, CaptureEvents.CaptureScheduleDeleted, CaptureTexts.JournalChanged, cancellationToken);
        await triggers.ScheduleChangedAsync(schedule.AllianceId, schedule.Id, cancellationToken);
        return TurnResult.Text(CaptureTexts.Deleted.Format(schedule.Id).In(turn.Language));
    }

    private async Task<TurnResult> FireNowAsync(Turn turn, AllianceContext context, CaptureSchedule schedule, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var occurrence = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero);
        await triggers.FireNowAsync(schedule.AllianceId, schedule.Id, occurrence, cancellationToken);
        await JournalAsync(turn, context, schedule, CaptureEvents.CaptureTriggered, CaptureTexts.JournalChanged, cancellationToken);
        return TurnResult.Text(CaptureTexts.FiredNow.Format(schedule.Id).In(turn.Language));
    }

    private static void SetQuestions(CaptureSchedule schedule, string text)
    {
        var normalized = CommandParser.Normalize(text.Trim());
        if (normalized is "defaut" or "default")
            schedule.ResetQuestions();
        else
            schedule.ReplaceQuestions(CaptureQuestions.Parse(text));
    }

    private async Task<CaptureSchedule> ManageableAsync(AllianceContext context, string id, CancellationToken cancellationToken)
    {
        var schedule = (CaptureKeys.IsId(id) ? await schedules.FindAsync(context.Alliance.Id, id, cancellationToken) : null)
            ?? throw new AllianceException(CaptureTexts.UnknownSchedule.Format(id));
        var chantier = schedule.ChantierId is null ? null : await chantiers.FindAsync(context.Alliance.Id, schedule.ChantierId, cancellationToken);
        EnsureCanManage(context, chantier);
        return schedule;
    }

    private async Task<ChantierSummary> FindChantierAsync(AllianceContext context, string id, CancellationToken cancellationToken) =>
        await chantiers.FindAsync(context.Alliance.Id, id, cancellationToken) is { IsOpen: true } chantier
            ? chantier
            : throw new AllianceException(CaptureTexts.UnknownChantier.Format(id));

    private static void EnsureCanManage(AllianceContext context, ChantierSummary? chantier)
    {
        if (context.IsFacilitator || (chantier is not null && chantier.IsAnimator(context.UserKey)))
            return;
        throw new AllianceException(chantier is null ? CaptureTexts.FacilitatorsOnly : CaptureTexts.AnimatorsOnly);
    }

    private static (string Id, string Remainder) SplitId(string arguments)
    {
        var parts = arguments.Trim().Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? ("", "") : (parts[0].ToLowerInvariant(), parts.Length > 1 ? parts[1] : "");
    }

    private Task JournalAsync(Turn turn, AllianceContext context, CaptureSchedule schedule, string kind, LocalizedText summary, CancellationToken cancellationToken) =>
        journal.AppendAsync(new JournalEntry(context.Alliance.Id, kind, context.UserKey, turn.From.Name, clock.GetUtcNow(), summary.Format(turn.From.Name, schedule.Id, kind))
        {
            ChantierId = schedule.ChantierId,
            SubjectId = schedule.Id,
        }, cancellationToken);
}
