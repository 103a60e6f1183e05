namespace Coretet.Bot.Dialogs.Capture;

/// <summary>A daily window, in the ally's own time zone, when no prompt is sent (may wrap past midnight).</summary>
public sealed record QuietHours(TimeOnly Start, TimeOnly End)
{
    public bool Contains(TimeOnly time) =>
        Start <= End ? time >= Start && time < End : time >= Start || time < End;
}
