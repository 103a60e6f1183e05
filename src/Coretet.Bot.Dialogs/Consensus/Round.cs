using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>
/// A consensus round: a proposal in successive revisions, a scope, a deadline in the alliance's time zone, an
/// optional quorum and review date, and once closed an <see cref="Outcome"/>. Positions are separate aggregates
/// (<see cref="Position"/>), one per ally; the round decides whether a position is late and computes the outcome.
/// </summary>
public sealed class Round
{
    public const int MaxQuestionLength = 4000;

    private readonly List<Revision> revisions;

    private Round(RoundData data)
    {
        (Id, Number, AllianceId, Scope, Subject) = (data.Id, data.Number, data.AllianceId, data.Scope, data.Subject);
        (InitiatorId, InitiatorName, OpenedAt, Deadline, TimeZone) = (data.InitiatorId, data.InitiatorName, data.OpenedAt, data.Deadline, data.TimeZone);
        (Quorum, ReviewDate, Status, Outcome) = (data.Quorum, data.ReviewDate, data.Status, data.Outcome);
        revisions = [.. data.Revisions];
        Venues = data.Venues;
        VenueLanguage = data.VenueLanguage;
    }

    public string Id { get; }

    /// <summary>Short number within the alliance (<c>décision 12</c>).</summary>
    public int Number { get; }

    public string AllianceId { get; }

    public RoundScope Scope { get; }

    public RoundSubject Subject { get; }

    public string InitiatorId { get; }

    public string InitiatorName { get; }

    public DateTimeOffset OpenedAt { get; }

    public DateTimeOffset Deadline { get; }

    /// <summary>The alliance's IANA time zone when the round was opened (how the deadline was expressed).</summary>
    public string TimeZone { get; }

    public int? Quorum { get; }

    public DateOnly? ReviewDate { get; }

    public IReadOnlyList<Revision> Revisions => revisions;

    public Revision Current => revisions[^1];

    /// <summary>Conversations where the round card was posted (the scope's channels); the outcome goes there too.</summary>
    public IReadOnlyList<ConversationRef> Venues { get; }

    /// <summary>The language of the cards posted in <see cref="Venues"/>.</summary>
    public Language VenueLanguage { get; }

    public RoundStatus Status { get; private set; }

    public Outcome? Outcome { get; private set; }

    public bool IsOpen => Status == RoundStatus.Open;

    public string CardKey => CardKeyOf(Id);

    public static string CardKeyOf(string roundId) => $"round:{roundId}";

    public static Round Open(RoundOpeningFacts facts, RoundDraft draft, DateTimeOffset now)
    {
        var question = CheckText(draft.Question);
        if (draft.Deadline <= now)
            throw new AllianceException(ConsensusTexts.DeadlineInPast);
        if (draft.Quorum is < 1)
            throw new AllianceException(ConsensusTexts.QuorumInvalid);
        if (draft.Scope.ChantierId is not null && draft.Subject.Kind == RoundSubjectKind.CharterAmendment)
            throw new AllianceException(ConsensusTexts.CharterRoundsAreAllianceWide);
        var first = new Revision(1, question, facts.InitiatorId, now);
        return new Round(new RoundData(facts.Id, facts.Number, facts.AllianceId, draft.Scope, draft.Subject, facts.InitiatorId,
            facts.InitiatorName, now, draft.Deadline, facts.TimeZone, draft.Quorum, draft.ReviewDate, [first], RoundStatus.Open, null,
            facts.Venues, facts.VenueLanguage));
    }

    public static Round Restore(RoundData data) => new(data);

    public RoundData ToData() => new(Id, Number, AllianceId, Scope, Subject, InitiatorId, InitiatorName, OpenedAt, Deadline, TimeZone,
        Quorum, ReviewDate, [.. revisions], Status, Outcome, Venues, VenueLanguage);

    public bool IsInitiator(string allyId) => string.Equals(allyId, InitiatorId, StringComparison.Ordinal);

    /// <summary>A position given now would be late: the round is closed or its deadline has passed.</summary>
    public bool IsLateAt(DateTimeOffset now) => !IsOpen || now >= Deadline;

    /// <summary>The initiator amends the proposal: a new revision. Positions on older revisions are kept as such.</summary>
    public Revision Amend(string actorId, string text, DateTimeOffset now)
    {
        if (!IsInitiator(actorId))
            throw new AllianceException(ConsensusTexts.OnlyInitiatorAmends);
        if (IsLateAt(now))
            throw new AllianceException(ConsensusTexts.RoundClosed);
        var checkedText = CheckText(text);
        if (checkedText == Current.Text)
            throw new AllianceException(ConsensusTexts.AmendmentUnchanged);
        var revision = new Revision(Current.Number + 1, checkedText, actorId, now);
        revisions.Add(revision);
        return revision;
    }

    /// <summary>Closes the round (at the deadline, or early) and computes the outcome from the positions.</summary>
    public Outcome Close(string closedBy, IEnumerable<Position> positions, DateTimeOffset now)
    {
        if (!IsOpen)
            throw new AllianceException(ConsensusTexts.RoundAlreadyClosed);
        var tally = Tally.From(positions.Where(p => p.RoundId == Id), Current.Number);
        var kind = tally.Decide(Quorum);
        Status = RoundStatus.Closed;
        Outcome = new Outcome(kind, kind, now, closedBy, tally) { Early = now < Deadline, QuorumMet = tally.QuorumMet(Quorum) };
        return Outcome;
    }

    /// <summary>A facilitator records an explicit decision where there was no consensus; the blocks stay in the record.</summary>
    public Outcome Arbitrate(string facilitatorId, string statement, bool adopts, DateTimeOffset now)
    {
        if (Outcome is null)
            throw new AllianceException(ConsensusTexts.ArbitrationNeedsClosedRound);
        if (Outcome.Computed != OutcomeKind.NoConsensus)
            throw new AllianceException(ConsensusTexts.ArbitrationOnlyWithoutConsensus);
        if (Outcome.Kind == OutcomeKind.Arbitration)
            throw new AllianceException(ConsensusTexts.AlreadyArbitrated);
        Outcome = Outcome with
        {
            Kind = OutcomeKind.Arbitration,
            Statement = CheckText(statement),
            ArbitratedBy = facilitatorId,
            ArbitratedAt = now,
            ArbitrationAdopts = adopts,
        };
        return Outcome;
    }

    private static string CheckText(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
            throw new AllianceException(ConsensusTexts.TextMissing);
        if (trimmed.Length > MaxQuestionLength)
            throw new AllianceException(ConsensusTexts.TextTooLong.Format(MaxQuestionLength));
        return trimmed;
    }
}
