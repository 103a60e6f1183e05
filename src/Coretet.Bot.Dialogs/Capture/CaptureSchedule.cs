using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Dialogs.Capture;

/// <summary>
/// A rhythm of experience prompts for the whole alliance (<see cref="ChantierId"/> null) or one chantier.
/// Changes only through its methods; the store keeps it and the host rebuilds its Quartz trigger from it.
/// </summary>
public sealed class CaptureSchedule
{
    private CaptureSchedule(string id, string allianceId, string? chantierId, Cadence cadence, string timeZone)
    {
        Id = id;
        AllianceId = allianceId;
        ChantierId = chantierId;
        Cadence = cadence;
        TimeZone = timeZone;
    }

    public string Id { get; }

    public string AllianceId { get; }

    public string? ChantierId { get; }

    public Cadence Cadence { get; private set; }

    /// <summary>IANA id; the cadence's day and time are read in it (daylight saving included).</summary>
    public string TimeZone { get; }

    public CaptureAudience Audience { get; private set; }

    public CaptureDelivery Delivery { get; private set; }

    public IReadOnlyList<CaptureQuestion> Questions { get; private set; } = CaptureQuestions.Defaults;

    public bool IsPaused { get; private set; }

    public string CreatedBy { get; private init; } = "";

    public DateTimeOffset CreatedAt { get; private init; }

    public static CaptureSchedule Create(CaptureScheduleDraft draft, string createdBy, DateTimeOffset now)
    {
        if (draft.ChantierId is null && draft.Audience != CaptureAudience.AllAllies)
            throw new AllianceException(CaptureTexts.AudienceNeedsChantier);
        if (draft.Delivery == CaptureDelivery.Channel && !draft.HasLinkedChannel)
            throw new AllianceException(CaptureTexts.ChannelNeedsLinkedChantier);
        return new CaptureSchedule(draft.Id, draft.AllianceId, draft.ChantierId, draft.Cadence, draft.TimeZone)
        {
            Audience = draft.Audience,
            Delivery = draft.Delivery,
            CreatedBy = createdBy,
            CreatedAt = now,
        };
    }

    /// <summary>Rebuilds a stored schedule (storage adapters only; no rule is checked).</summary>
    public static CaptureSchedule Restore(CaptureScheduleDraft draft, IReadOnlyList<CaptureQuestion> questions, bool paused, string createdBy, DateTimeOffset createdAt) =>
        new(draft.Id, draft.AllianceId, draft.ChantierId, draft.Cadence, draft.TimeZone)
        {
            Audience = draft.Audience,
            Delivery = draft.Delivery,
            Questions = questions,
            IsPaused = paused,
            CreatedBy = createdBy,
            CreatedAt = createdAt,
        };

    public void Pause()
    {
        if (IsPaused)
            throw new AllianceException(CaptureTexts.AlreadyPaused);
        IsPaused = true;
    }

    public void Resume()
    {
        if (!IsPaused)
            throw new AllianceException(CaptureTexts.NotPaused);
        IsPaused = false;
    }

    public void ReplaceQuestions(IReadOnlyList<CaptureQuestion> questions)
    {
        if (questions.Count is 0 or > CaptureQuestions.MaxQuestions)
            throw new AllianceException(CaptureTexts.QuestionsCount.Format(CaptureQuestions.MaxQuestions));
        Questions = questions;
    }

    public void ResetQuestions() => Questions = CaptureQuestions.Defaults;

    /// <summary>Stable key of one firing of this schedule: the schedule and the occurrence's UTC minute.</summary>
    public string OccurrenceKey(DateTimeOffset occurrence) => CaptureKeys.Occurrence(Id, occurrence);
}
