namespace Coretet.Bot.Dialogs.Capture;

/// <summary>What a new schedule is made of, before its rules are checked by <see cref="CaptureSchedule.Create"/>.</summary>
public sealed record CaptureScheduleDraft(string Id, string AllianceId, string? ChantierId, Cadence Cadence, string TimeZone)
{
    public CaptureAudience Audience { get; init; } = CaptureAudience.AllAllies;

    public CaptureDelivery Delivery { get; init; } = CaptureDelivery.Direct;

    /// <summary>True when the chantier has a linked channel (required for channel delivery).</summary>
    public bool HasLinkedChannel { get; init; }
}
