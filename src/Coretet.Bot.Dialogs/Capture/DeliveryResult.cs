namespace Coretet.Bot.Dialogs.Capture;

public sealed record DeliveryResult(DeliveryOutcome Outcome, string? Error = null)
{
    public static readonly DeliveryResult Delivered = new(DeliveryOutcome.Delivered);
}
