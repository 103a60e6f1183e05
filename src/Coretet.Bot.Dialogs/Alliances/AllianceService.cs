using Coretet.Bot.Dialogs.Journal;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Dialogs.Alliances;

/// <summary>The alliance's own rules: created on first installation, spans linked conversations, run by its facilitators.</summary>
public sealed class AllianceService(IAllianceStore alliances, ILinkCodeStore linkCodes, AllianceGate gate, IJournal journal, TimeProvider clock)
{
    /// <summary>Creates the alliance when the bot is first installed in a team or chat; null when this
    /// conversation already belongs to one (or it is a 1:1 chat).</summary>
    public async Task<Alliance?> CreateOnInstallAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (turn.Conversation.Kind == ConversationKind.Personal || await gate.FindAllianceIdAsync(turn, cancellationToken) is not null)
            return null;
        var now = clock.GetUtcNow();
        var name = new[] { turn.Conversation.SpaceName, turn.Conversation.Name }.FirstOrDefault(n => !string.IsNullOrWhiteSpace(n))?.Trim()
            ?? AllianceTexts.DefaultName.In(turn.Language);
        var alliance = new Alliance($"al{Guid.NewGuid():N}", name.Length <= AllianceSettings.MaxNameLength ? name : name[..AllianceSettings.MaxNameLength], []) { CreatedAt = now };
        alliance.AddFacilitator(turn.From);
        alliance.SetDefaultLanguage(turn.Language);
        alliance.AttachConversation(turn.Conversation);
        // The alliance first, then the address (insert-only): of two simultaneous installations one wins, the
        // other leaves an alliance nobody can reach, which is harmless.
        await alliances.CreateAsync(alliance, cancellationToken);
        if (!await alliances.TryAddAddressAsync(AllianceAddresses.Attach(turn.Conversation), alliance.Id, cancellationToken))
            return null;
        await alliances.SetAddressAsync(AllianceAddresses.Person(turn.From), alliance.Id, cancellationToken);
        await journal.AppendAsync(Entry(alliance.Id, JournalKinds.AllianceCreated, turn.From, now, AllianceTexts.Created.Format(turn.From.Name, alliance.Name)), cancellationToken);
        return alliance;
    }

    public async Task<LinkCode> IssueLinkCodeAsync(AllianceContext context, UserRef facilitator, CancellationToken cancellationToken)
    {
        var code = LinkCode.Issue(context.Alliance.Id, facilitator.Key, clock.GetUtcNow());
        await linkCodes.AddAsync(code, cancellationToken);
        return code;
    }

    /// <summary>Attaches the turn's conversation (its team or workspace when known) to the alliance the code was issued for.</summary>
    public async Task<Alliance> LinkAsync(Turn turn, string? typedCode, CancellationToken cancellationToken)
    {
        if (turn.Conversation.Kind == ConversationKind.Personal)
            throw new AllianceException(AllianceTexts.LinkPersonal);
        if (await gate.TryResolveAsync(turn, cancellationToken) is { } existing)
            throw new AllianceException(AllianceTexts.AlreadyLinked.Format(existing.Alliance.Name));
        var normalized = LinkCode.Normalize(typedCode) ?? throw new AllianceException(AllianceTexts.LinkUsage);
        var code = await linkCodes.TakeAsync(normalized, cancellationToken) ?? throw new AllianceException(AllianceTexts.LinkCodeUnknown);
        if (code.IsExpired(clock.GetUtcNow()))
            throw new AllianceException(AllianceTexts.LinkCodeExpired);
        if (!await alliances.TryAddAddressAsync(AllianceAddresses.Attach(turn.Conversation), code.AllianceId, cancellationToken))
            throw new AllianceException(AllianceTexts.LinkCodeUnknown);
        var alliance = await alliances.ChangeAsync(code.AllianceId, a =>
        {
            var before = a.Conversations.Count;
            a.AttachConversation(turn.Conversation);
            return a.Conversations.Count != before;
        }, cancellationToken);
        var where = turn.Conversation.Name ?? turn.Conversation.Key;
        await journal.AppendAsync(Entry(alliance.Id, JournalKinds.ConversationLinked, turn.From, clock.GetUtcNow(), AllianceTexts.ConversationLinked.Format(turn.From.Name, where)) with
        {
            Data = new Dictionary<string, string> { ["platform"] = turn.Conversation.Platform, ["conversation"] = turn.Conversation.Id },
        }, cancellationToken);
        return alliance;
    }

    /// <summary>Adds the mentioned people to the facilitation team; returns those who were not in it yet.</summary>
    public async Task<IReadOnlyList<UserRef>> NameFacilitatorsAsync(AllianceContext context, UserRef actor, IReadOnlyList<UserRef> people, CancellationToken cancellationToken)
    {
        var added = new List<UserRef>();
        await alliances.ChangeAsync(context.Alliance.Id, a =>
        {
            added.Clear();
            added.AddRange(people.DistinctBy(p => p.Key).Where(a.AddFacilitator));
            return added.Count > 0;
        }, cancellationToken);
        foreach (var person in added)
            await journal.AppendAsync(Entry(context.Alliance.Id, JournalKinds.FacilitatorNamed, actor, clock.GetUtcNow(), AllianceTexts.FacilitatorNamed.Format(actor.Name, person.Name)) with { SubjectId = person.Key }, cancellationToken);
        return added;
    }

    /// <summary>Removes the mentioned people from the facilitation team, never leaving it empty; returns those removed.</summary>
    public async Task<IReadOnlyList<UserRef>> RemoveFacilitatorsAsync(AllianceContext context, UserRef actor, IReadOnlyList<UserRef> people, CancellationToken cancellationToken)
    {
        var removed = new List<UserRef>();
        await alliances.ChangeAsync(context.Alliance.Id, a =>
        {
            removed.Clear();
            foreach (var person in people.DistinctBy(p => p.Key).Where(p => a.IsFacilitator(p.Key)))
            {
                if (!a.RemoveFacilitator(person.Key))
                    throw new AllianceException(AllianceTexts.LastFacilitator.Format(person.Name));
                removed.Add(person);
            }

            return removed.Count > 0;
        }, cancellationToken);
        foreach (var person in removed)
            await journal.AppendAsync(Entry(context.Alliance.Id, JournalKinds.FacilitatorRemoved, actor, clock.GetUtcNow(), AllianceTexts.FacilitatorRemoved.Format(actor.Name, person.Name)) with { SubjectId = person.Key }, cancellationToken);
        return removed;
    }

    /// <summary>Saves validated settings; false when nothing changed.</summary>
    public async Task<bool> ChangeSettingsAsync(AllianceContext context, UserRef actor, AllianceSettings settings, CancellationToken cancellationToken)
    {
        var changed = false;
        await alliances.ChangeAsync(context.Alliance.Id, a => changed = a.ChangeSettings(settings), cancellationToken);
        if (changed)
        {
            await journal.AppendAsync(Entry(context.Alliance.Id, JournalKinds.AllianceSettingsChanged, actor, clock.GetUtcNow(), AllianceTexts.SettingsChanged.Format(actor.Name)) with
            {
                Data = new Dictionary<string, string> { ["name"] = settings.Name, ["timeZone"] = settings.TimeZone, ["language"] = settings.DefaultLanguage.Code() },
            }, cancellationToken);
        }

        return changed;
    }

    private static JournalEntry Entry(string allianceId, string kind, UserRef actor, DateTimeOffset at, LocalizedText summary) =>
        new(allianceId, kind, actor.Key, actor.Name, at, summary);
}
