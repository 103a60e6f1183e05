using Coretet.Bot.Dialogs.Texts;
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

    /// <summary>When the signature was last withdrawn (kept after signing again, for the record).</summary>
    public DateTimeOffset? WithdrawnAt { get; init; }

    public const int MaxOrganisationLength = 120;

    /// <summary>A first signature of <paramref name="version"/>.</summary>
    public static Ally SignUp(string allianceId, UserRef user, int version, Engagement engagement, string? organisation, DateTimeOffset now) =>
        new(allianceId, user)
        {
            Status = AllyStatus.Signed,
            SignedVersion = RequireVersion(version),
            SignedAt = now,
            Engagement = engagement,
            Organisation = CleanOrganisation(organisation),
        };

    /// <summary>What signing <paramref name="version"/> would mean for this record.</summary>
    public SignatureOutcome OutcomeOfSigning(int version) =>
        !IsActive ? SignatureOutcome.SignedAgain
        : SignedVersion >= version ? SignatureOutcome.AlreadySigned
        : SignatureOutcome.Reconfirmed;

    /// <summary>Signs again after a withdrawal, or re-confirms a newer version; the same record when already signed.
    /// A null engagement or organisation keeps the current one.</summary>
    public Ally Sign(int version, Engagement? engagement, string? organisation, DateTimeOffset now)
    {
        RequireVersion(version);
        if (OutcomeOfSigning(version) == SignatureOutcome.AlreadySigned)
            return this;
        return this with
        {
            Status = AllyStatus.Signed,
            SignedVersion = version,
            SignedAt = now,
            Engagement = engagement ?? Engagement,
            Organisation = CleanOrganisation(organisation) ?? Organisation,
        };
    }

    public Ally Withdraw(DateTimeOffset now) =>
        IsActive ? this with { Status = AllyStatus.Withdrawn, WithdrawnAt = now } : throw new AllianceException(AllyTexts.NotSigned);

    public Ally ChangeEngagement(Engagement engagement)
    {
        if (!IsActive)
            throw new AllianceException(AllyTexts.NotSigned);
        return engagement == Engagement ? this : this with { Engagement = engagement };
    }

    /// <summary>The same record when nothing changed, so that reading a turn never writes.</summary>
    public Ally Seen(UserRef user, Language language, string? timeZone)
    {
        var zone = string.IsNullOrWhiteSpace(timeZone) ? TimeZone : timeZone;
        var name = string.IsNullOrWhiteSpace(user.Name) ? User.Name : user.Name;
        if (language == Language && zone == TimeZone && name == User.Name)
            return this;
        return this with { Language = language, TimeZone = zone, User = User with { Name = name } };
    }

    private static int RequireVersion(int version) =>
        version > 0 ? version : throw new AllianceException(AllyTexts.NoCharterYet);

    private static string? CleanOrganisation(string? organisation)
    {
        var trimmed = organisation?.Trim();
        if (string.IsNullOrEmpty(trimmed))
            return null;
        return trimmed.Length <= MaxOrganisationLength
            ? trimmed
            : throw new AllianceException(AllyTexts.OrganisationTooLong.Format(MaxOrganisationLength));
    }
}
