namespace Coretet.Bot.Dialogs.Capture;

public enum CaptureDelivery
{
    /// <summary>A direct message to each ally of the audience.</summary>
    Direct,

    /// <summary>One post in the chantier's linked channel.</summary>
    Channel,
}
