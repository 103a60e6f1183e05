using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Dialogs.Journal;
using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Capture;

/// <summary>
/// Experiences: the prompt card's answer, "nothing to report" and "skip this time"; <c>expérience</c> to share one
/// at any time; <c>expériences &lt;chantier&gt;</c> to read them. What an answer is linked to (chantier, schedule
/// occurrence, decision) comes from the stored occurrence, never from the card data.
/// </summary>
public sealed class ExperienceFlow(
    IAllianceGate gate,
    IChantierDirectory chantiers,
    ICaptureScheduleStore schedules,
    IExperienceStore experiences,
    IPromptLedger ledger,
    IJournal journal,
    TimeProvider clock) : Flow
{
    public static readonly CommandSpec Share = new("experience.share", ["expérience", "experience partager"], ["experience", "share experience"], CaptureTexts.ShareDescription) { Arguments = CaptureTexts.ChantierArgument };
    public static readonly CommandSpec Browse = new("experience.list", "expériences", "experiences", CaptureTexts.BrowseDescription) { Arguments = CaptureTexts.ChantierArgument };

    /// <summary>A chat card shows the latest ones; the journal export has them all.</summary>
    public const int MaxListed = 30;

    public override IReadOnlyList<CommandSpec> Commands => [Share, Browse];

    public override IReadOnlyList<string> Verbs => [CaptureViews.AnswerVerb, CaptureViews.NothingVerb, CaptureViews.SkipVerb];

    public override async Task<TurnResult> OnCommandAsync(Turn turn, CommandMatch match, CancellationToken cancellationToken)
    {
        var context = await gate.RequireAllyAsync(turn, cancellationToken);
        var chantierId = match.Arguments.Trim();
        var chantier = chantierId.Length == 0 ? null : await FindChantierAsync(context, chantierId, cancellationToken);
        if (match.Command == Share)
        {
            var content = new PromptContent("", CaptureQuestions.Defaults) { ChantierId = chantier?.Id, ChantierTitle = chantier?.Title };
            return TurnResult.Show(CaptureViews.Prompt(content, turn.Language));
        }

        var items = (await experiences.ListAsync(context.Alliance.Id, DateTimeOffset.MinValue, cancellationToken))
            .Where(e => chantier is null || e.ChantierId == chantier.Id)
            .OrderByDescending(e => e.At)
            .Take(MaxListed)
            .ToList();
        var heading = chantier is null ? CaptureTexts.ExperiencesTitle : CaptureTexts.ChantierExperiencesTitle.Format(chantier.Title);
        return TurnResult.Show(CaptureViews.Experiences(heading.In(turn.Language), items, turn.Language));
    }

    public override async Task<TurnResult> OnActionAsync(Turn turn, CardAction action, CancellationToken cancellationToken)
    {
        var context = await gate.RequireAllyAsync(turn, cancellationToken);
        var key = action.Get(CaptureViews.OccurrenceData) ?? "";
        var slot = key.Length == 0 ? null : await OccurrenceAsync(context, key, cancellationToken);
        var header = await HeaderAsync(context, turn, slot, action, cancellationToken);
        if (action.Verb == CaptureViews.SkipVerb && slot is not null)
        {
            await RecordAsync(slot, context.UserKey, PromptStatus.Skipped, cancellationToken);
            return TurnResult.Of(new Reply(new MessageView(CaptureTexts.SkippedThisTime.In(turn.Language)), ReplyTarget.ClickedCard));
        }

        var nothing = action.Verb == CaptureViews.NothingVerb && slot is not null;
        var experience = nothing ? Experience.Nothing(header) : Experience.FromAnswers(header, await AnswersAsync(context, slot, action, cancellationToken), action.Get(CaptureViews.TagsInput));
        await experiences.SaveAsync(experience, cancellationToken);
        if (slot is not null)
            await RecordAsync(slot, context.UserKey, nothing ? PromptStatus.NothingToReport : PromptStatus.Answered, cancellationToken);
        await journal.AppendAsync(new JournalEntry(context.Alliance.Id, CaptureEvents.ExperienceShared, context.UserKey, turn.From.Name, experience.At,
            (nothing ? CaptureTexts.JournalNothing : CaptureTexts.JournalShared).Format(turn.From.Name, experience.Id))
        {
            ChantierId = experience.ChantierId,
            SubjectId = experience.Id,
        }, cancellationToken);
        return TurnResult.Of(new Reply(CaptureViews.Thanks(experience, turn.Language), ReplyTarget.ClickedCard));
    }

    private async Task<CaptureOccurrence> OccurrenceAsync(AllianceContext context, string key, CancellationToken cancellationToken)
    {
        var occurrence = CaptureKeys.TryParseOccurrence(key, out _, out _) ? await ledger.FindOccurrenceAsync(key, cancellationToken) : null;
        if (occurrence is null || occurrence.AllianceId != context.Alliance.Id)
            throw new AllianceException(CaptureTexts.StalePrompt);
        var own = await ledger.FindAsync(key, context.UserKey, cancellationToken);
        if (own is null && await ledger.FindAsync(key, CaptureKeys.ChannelRecipient, cancellationToken) is null)
            throw new AllianceException(CaptureTexts.NotYourPrompt);
        return occurrence;
    }

    private async Task<Experience> HeaderAsync(AllianceContext context, Turn turn, CaptureOccurrence? slot, CardAction action, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (slot is not null)
        {
            return new Experience(CaptureKeys.ExperienceId(slot.Key, context.UserKey), context.Alliance.Id, context.UserKey, turn.From.Name, now)
            {
                ChantierId = slot.ChantierId,
                ScheduleId = slot.ScheduleId.Length == 0 ? null : slot.ScheduleId,
                OccurrenceKey = slot.Key,
                DecisionId = slot.DecisionId,
            };
        }

        var chantierId = action.Get(CaptureViews.ChantierData);
        var chantier = string.IsNullOrEmpty(chantierId) ? null : await FindChantierAsync(context, chantierId, cancellationToken);
        return new Experience(CaptureKeys.NewId(), context.Alliance.Id, context.UserKey, turn.From.Name, now) { ChantierId = chantier?.Id };
    }

    private async Task<IEnumerable<ExperienceAnswer>> AnswersAsync(AllianceContext context, CaptureOccurrence? slot, CardAction action, CancellationToken cancellationToken)
    {
        var schedule = slot is { ScheduleId.Length: > 0 } ? await schedules.FindAsync(context.Alliance.Id, slot.ScheduleId, cancellationToken) : null;
        var questions = schedule?.Questions ?? CaptureQuestions.Defaults;
        return questions.Select(q => new ExperienceAnswer(q.Key, q.Text, action.Get(CaptureViews.QuestionInputPrefix + q.Key) ?? ""));
    }

    private async Task RecordAsync(CaptureOccurrence slot, string allyId, PromptStatus status, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var record = await ledger.FindAsync(slot.Key, allyId, cancellationToken) ?? new PromptRecord(slot.Key, allyId, status, now);
        await ledger.SaveAsync(record with { Status = status, UpdatedAt = now }, cancellationToken);
    }

    private async Task<ChantierSummary> FindChantierAsync(AllianceContext context, string id, CancellationToken cancellationToken) =>
        await chantiers.FindAsync(context.Alliance.Id, id, cancellationToken)
            ?? throw new AllianceException(CaptureTexts.UnknownChantier.Format(id));
}
