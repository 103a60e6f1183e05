namespace Coretet.Bot.Dialogs.Capture;

/// <summary>What <c>planifier capture ...</c> asked for, before permissions and the chantier are checked.</summary>
public sealed record CaptureScheduleRequest(Cadence Cadence)
{
    public string? ChantierId { get; init; }

    public CaptureAudience? Audience { get; init; }

    public CaptureDelivery Delivery { get; init; } = CaptureDelivery.Direct;
}
