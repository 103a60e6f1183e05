using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Dialogs.Alliances;

/// <summary>
/// A person who signed the charter of an alliance. <see cref="Id"/> is the platform user key
/// (<see cref="UserRef.Key"/>, e.g. <c>msteams:29:abc</c>): one platform user is one ally within an alliance.
/// Read surface used by every capability; the charter capability owns how it changes.
/// </summary>
public sealed record Ally(string AllianceId, UserRef User)
{
    public string Id => User.Key;

    public string Name => User.Name;

    public AllyStatus Status { get; init; } = AllyStatus.Signed;

    public Engagement Engagement { get; init; } = Engagement.Supporter;

    /// <summary>The charter version this ally last signed or re-confirmed.</summary>
    public int SignedVersion { get; init; }

    public DateTimeOffset SignedAt { get; init; }

    public string? Organisation { get; init; }

    /// <summary>The language of the ally's last turn; proactive messages use it.</summary>
    public Language Language { get; init; }

    /// <summary>IANA time zone when the platform told it.</summary>
    public string? TimeZone { get; init; }

    public bool IsActive => Status == AllyStatus.Signed;
}
