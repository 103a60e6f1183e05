using System.Globalization;
using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Journal;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Charter;

/// <summary>
/// The charter's rules, callable from any flow: publish a version (facilitators, or a consensus round that adopted
/// it), sign, re-confirm, withdraw, change engagement. Every change is journaled. Callers check who may act.
/// </summary>
public sealed class CharterService(IAllianceStore alliances, IAllyStore allies, ICharterStore charters, IJournal journal, TimeProvider clock)
{
    private const int PublishAttempts = 5;

    public Task<CharterVersion?> CurrentAsync(string allianceId, CancellationToken cancellationToken) =>
        charters.FindCurrentAsync(allianceId, cancellationToken);

    /// <summary>
    /// Publishes <paramref name="draft"/> as the next version (validated; refused when identical to the current one)
    /// and prepares the re-confirm invitations. <paramref name="roundId"/> names the consensus round that adopted it.
    /// The caller must return or dispatch <see cref="CharterPublication.ToResult"/>.
    /// </summary>
    public async Task<CharterPublication> PublishAsync(string allianceId, CharterDraft draft, UserRef publisher, CancellationToken cancellationToken, string? roundId = null)
    {
        var text = draft.Validated();
        var alliance = await alliances.FindAsync(allianceId, cancellationToken) ?? throw new AllianceException(AllianceTexts.NoAlliance);
        for (var attempt = 1; ; attempt++)
        {
            var previous = await charters.FindCurrentAsync(allianceId, cancellationToken);
            if (previous is not null && text.SameTextAs(previous))
                throw new AllianceException(CharterTexts.NothingChanged.Format(previous.Number));
            var version = new CharterVersion(allianceId, (previous?.Number ?? 0) + 1, text.Objectives, text.SharedValues, text.WorkingProcedures,
                clock.GetUtcNow(), publisher.Key, publisher.Name) { RoundId = roundId };
            if (await charters.TryAddAsync(version, cancellationToken))
            {
                await JournalPublishedAsync(version, previous, cancellationToken);
                return new CharterPublication(version, previous, await InvitationsAsync(alliance, version, cancellationToken), Announcements(alliance, version));
            }

            if (attempt == PublishAttempts)
                throw new StoreUnavailableException($"Could not publish charter version {version.Number} of {allianceId}.");
        }
    }

    /// <summary>Signs (or re-confirms) the current version for <paramref name="user"/>. Signing twice changes nothing.</summary>
    public async Task<SignResult> SignAsync(string allianceId, UserRef user, Language language, string? timeZone, Engagement? engagement, string? organisation, CancellationToken cancellationToken)
    {
        var version = await charters.FindCurrentAsync(allianceId, cancellationToken) ?? throw new AllianceException(AllyTexts.NoCharterYet);
        var now = clock.GetUtcNow();
        var outcome = SignatureOutcome.Signed;
        var stored = await allies.ChangeAsync(allianceId, user.Key, current =>
        {
            outcome = current?.OutcomeOfSigning(version.Number) ?? SignatureOutcome.Signed;
            var signed = current is null
                ? Ally.SignUp(allianceId, user, version.Number, engagement ?? Engagement.Supporter, organisation, now)
                : current.Sign(version.Number, engagement, organisation, now);
            return signed.Seen(user, language, timeZone);
        }, cancellationToken) ?? throw new InvalidOperationException("A signature was not stored.");
        if (outcome != SignatureOutcome.AlreadySigned)
        {
            var person = AllianceAddresses.Person(user);
            if (await alliances.FindIdByAddressAsync(person, cancellationToken) != allianceId)
                await alliances.SetAddressAsync(person, allianceId, cancellationToken);
            await journal.AppendAsync(SignedEntry(stored, outcome, version, now), cancellationToken);
        }

        return new SignResult(outcome, stored, version);
    }

    public async Task<Ally> WithdrawAsync(string allianceId, UserRef user, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var stored = await allies.ChangeAsync(allianceId, user.Key, current =>
            current is null ? throw new AllianceException(AllyTexts.NotSigned) : current.Withdraw(now), cancellationToken);
        var ally = stored ?? throw new AllianceException(AllyTexts.NotSigned);
        await journal.AppendAsync(Entry(ally, JournalKinds.SignatureWithdrawn, now, CharterJournalTexts.Withdrawn.Format(ally.Name)), cancellationToken);
        return ally;
    }

    /// <summary>Returns the stored record and whether the engagement changed.</summary>
    public async Task<(Ally Ally, bool Changed)> ChangeEngagementAsync(string allianceId, UserRef user, Engagement engagement, CancellationToken cancellationToken)
    {
        var changed = false;
        var stored = await allies.ChangeAsync(allianceId, user.Key, current =>
        {
            var next = current is null ? throw new AllianceException(AllyTexts.NotSigned) : current.ChangeEngagement(engagement);
            changed = !ReferenceEquals(next, current);
            return next;
        }, cancellationToken) ?? throw new AllianceException(AllyTexts.NotSigned);
        if (changed)
        {
            var summary = CharterJournalTexts.EngagementChanged.Per(l => [stored.Name, engagement.Label(l)]);
            await journal.AppendAsync(Entry(stored, JournalKinds.EngagementChanged, clock.GetUtcNow(), summary) with
            {
                Data = new Dictionary<string, string> { ["engagement"] = engagement.ToString() },
            }, cancellationToken);
        }

        return (stored, changed);
    }

    private async Task<IReadOnlyList<Reply>> InvitationsAsync(Alliance alliance, CharterVersion version, CancellationToken cancellationToken)
    {
        var earlier = new Dictionary<int, CharterVersion?>();
        var replies = new List<Reply>();
        foreach (var ally in (await allies.ListAsync(alliance.Id, cancellationToken)).Where(a => a.IsActive && a.SignedVersion < version.Number))
        {
            if (!earlier.TryGetValue(ally.SignedVersion, out var signed))
                earlier[ally.SignedVersion] = signed = await charters.FindAsync(alliance.Id, ally.SignedVersion, cancellationToken);
            replies.Add(new Reply(ReconfirmCard.Render(alliance, version, signed, ally, ally.Language), new DirectTarget(ally.User)));
        }

        return replies;
    }

    private static List<Reply> Announcements(Alliance alliance, CharterVersion version) =>
        alliance.Conversations
            .Select(c => new Reply(CharterCards.Charter(alliance, version, null, false, alliance.DefaultLanguage), new ConversationTarget(c)))
            .ToList();

    private Task JournalPublishedAsync(CharterVersion version, CharterVersion? previous, CancellationToken cancellationToken)
    {
        var data = new Dictionary<string, string>
        {
            ["version"] = version.Number.ToString(CultureInfo.InvariantCulture),
            ["changedParts"] = string.Join(',', version.ChangedSince(previous)),
        };
        var entry = new JournalEntry(version.AllianceId, JournalKinds.CharterPublished, version.PublishedBy, version.PublishedByName, version.PublishedAt,
            CharterJournalTexts.Published.Format(version.PublishedByName, version.Number))
        { SubjectId = version.SubjectId, RoundId = version.RoundId, Data = data };
        return journal.AppendAsync(entry, cancellationToken);
    }

    private static JournalEntry SignedEntry(Ally ally, SignatureOutcome outcome, CharterVersion version, DateTimeOffset now)
    {
        var (kind, summary) = outcome switch
        {
            SignatureOutcome.Reconfirmed => (JournalKinds.CharterReconfirmed, CharterJournalTexts.Reconfirmed.Format(ally.Name, version.Number)),
            SignatureOutcome.SignedAgain => (JournalKinds.CharterSigned, CharterJournalTexts.SignedAgain.Per(l => [ally.Name, version.Number, ally.Engagement.Label(l)])),
            _ => (JournalKinds.CharterSigned, CharterJournalTexts.Signed.Per(l => [ally.Name, version.Number, ally.Engagement.Label(l)])),
        };
        var data = new Dictionary<string, string>
        {
            ["version"] = version.Number.ToString(CultureInfo.InvariantCulture),
            ["engagement"] = ally.Engagement.ToString(),
            ["platform"] = ally.User.Platform,
        };
        if (ally.Organisation is not null)
            data["organisation"] = ally.Organisation;
        return Entry(ally, kind, now, summary) with { SubjectId = version.SubjectId, Data = data };
    }

    private static JournalEntry Entry(Ally ally, string kind, DateTimeOffset now, LocalizedText summary) =>
        new(ally.AllianceId, kind, ally.Id, ally.Name, now, summary);
}
