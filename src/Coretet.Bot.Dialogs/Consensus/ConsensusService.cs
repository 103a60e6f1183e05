using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Journal;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>
/// Opening rounds, for the <c>consensus</c> form and for other capabilities (a charter amendment, a principle):
/// checks who may open in that scope, stores the round, and returns the round card for the scope's conversations.
/// The invitations to each ally in scope go out from the sweep (<see cref="RoundSweeper"/>), outside the turn: Teams
/// throttles new 1:1 conversations, and a turn must answer within seconds.
/// </summary>
public sealed class ConsensusService(RoundAccess access, IJournal journal, TimeProvider clock)
{
    /// <summary>Opens a round initiated by the sender of <paramref name="context"/>. <paramref name="here"/> is where the
    /// request came from (the card is shown there too when it is not one of the scope's conversations).</summary>
    public async Task<RoundOpening> OpenAsync(AllianceContext context, RoundDraft draft, Language language, ConversationRef? here, CancellationToken cancellationToken)
    {
        var ally = context.Ally is { IsActive: true } a ? a : throw new AllianceException(ConsensusTexts.OnlyAllies);
        var audience = await access.AudienceAsync(context, draft.Scope, cancellationToken);
        CheckMayOpen(context, draft, audience);
        var number = await access.Rounds.AllocateNumberAsync(context.Alliance.Id, cancellationToken);
        var venues = Venues(context.Alliance, audience, here);
        var facts = new RoundOpeningFacts(Guid.NewGuid().ToString("N"), number, context.Alliance.Id, context.Alliance.TimeZone, ally.Id, ally.Name)
        {
            Venues = venues,
            VenueLanguage = context.Alliance.DefaultLanguage,
        };
        var round = Round.Open(facts, draft, clock.GetUtcNow());
        await access.Rounds.AddAsync(round, cancellationToken);
        await journal.AppendAsync(Entry(round, ally, audience), cancellationToken);
        var snapshot = new RoundSnapshot(round, [], audience.Chantier?.Title);
        return new RoundOpening(round, Announce(snapshot, context.Alliance, language, here));
    }

    private static void CheckMayOpen(AllianceContext context, RoundDraft draft, RoundAudience audience)
    {
        if (draft.Scope.IsAllianceWide && !context.IsFacilitator)
            throw new AllianceException(ConsensusTexts.OnlyFacilitatorsOpenAllianceRounds);
        if (audience.Chantier is { } chantier && !chantier.IsOpen)
            throw new AllianceException(ConsensusTexts.ChantierClosed);
        if (audience.Chantier is { } member && !member.IsMember(context.UserKey))
            throw new AllianceException(ConsensusTexts.OnlyMembersOpenChantierRounds.Format(member.Title));
    }

    private static List<ConversationRef> Venues(Alliance alliance, RoundAudience audience, ConversationRef? here)
    {
        var venues = audience.Chantier is null
            ? alliance.Conversations.ToList()
            : audience.Chantier.LinkedConversation is { } linked ? [linked] : [];
        if (venues.Count == 0 && here is { Kind: not ConversationKind.Personal })
            venues.Add(here);
        return venues;
    }

    private static TurnResult Announce(RoundSnapshot snapshot, Alliance alliance, Language language, ConversationRef? here)
    {
        var round = snapshot.Round;
        var replies = new List<Reply>();
        foreach (var venue in round.Venues)
        {
            replies.Add(venue.Key == here?.Key
                ? Reply.Here(RoundCard.Live(snapshot, language, null))
                : new Reply(RoundCard.Live(snapshot, alliance.DefaultLanguage, null), new ConversationTarget(venue)));
        }

        if (here is not null && !round.Venues.Any(v => v.Key == here.Key))
            replies.Insert(0, Reply.Here(RoundCard.Live(snapshot, language, null)));
        return new TurnResult(replies);
    }

    private static JournalEntry Entry(Round round, Ally ally, RoundAudience audience) =>
        new(round.AllianceId, ConsensusEvents.RoundOpened, ally.Id, ally.Name, round.OpenedAt,
            ConsensusTexts.JournalOpened.Format(ally.Name, round.Number, Shorten(round.Current.Text)))
        {
            RoundId = round.Id,
            ChantierId = audience.Chantier?.Id,
            SubjectId = round.Subject.SubjectId,
            Data = new Dictionary<string, string>
            {
                ["number"] = round.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["subject"] = round.Subject.Kind.ToString(),
                ["deadline"] = round.Deadline.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            },
        };

    internal static string Shorten(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "...");
}
