using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>
/// One ally's position on one round: a stance, its reason, the revision it was given on, its history and the answers
/// it received. Stored as one entity per (round, ally) so that concurrent positions never overwrite each other.
/// </summary>
public sealed class Position
{
    public const int MaxReasonLength = 2000;

    private readonly List<PositionChange> history;
    private readonly List<DissentResponse> responses;

    private Position(PositionData data)
    {
        RoundId = data.RoundId;
        AllyId = data.AllyId;
        AllyName = data.AllyName;
        Stance = data.Stance;
        Reason = data.Reason;
        RevisionNumber = data.RevisionNumber;
        At = data.At;
        Late = data.Late;
        history = [.. data.History];
        responses = [.. data.Responses];
    }

    public string RoundId { get; }

    public string AllyId { get; }

    public string AllyName { get; private set; }

    public Stance Stance { get; private set; }

    public string? Reason { get; private set; }

    public int RevisionNumber { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>Given after the deadline or the closing: in the record, not in the outcome.</summary>
    public bool Late { get; private set; }

    /// <summary>Earlier states, oldest first.</summary>
    public IReadOnlyList<PositionChange> History => history;

    public IReadOnlyList<DissentResponse> Responses => responses;

    public bool IsDissent => Stance.IsDissent();

    /// <summary>Dissent that has been answered at least once since it was last stated.</summary>
    public bool IsAnswered => responses.Exists(r => r.AnsweredStance == Stance && r.At >= At);

    public static Position Take(string roundId, string allyId, string allyName, Stance stance, string? reason, int revision, DateTimeOffset now, bool late) =>
        new(new PositionData(roundId, allyId, allyName, stance, CheckReason(stance, reason), revision, now, late, [], []));

    public static Position Restore(PositionData data) => new(data);

    public PositionData ToData() => new(RoundId, AllyId, AllyName, Stance, Reason, RevisionNumber, At, Late, [.. history], [.. responses]);

    /// <summary>Replaces the position; false (and nothing changed) when it is the same stance, reason and revision.</summary>
    public bool Change(string allyName, Stance stance, string? reason, int revision, DateTimeOffset now, bool late)
    {
        var checkedReason = CheckReason(stance, reason);
        if (stance == Stance && checkedReason == Reason && revision == RevisionNumber)
            return false;
        history.Add(new PositionChange(Stance, Reason, RevisionNumber, At, Late));
        (AllyName, Stance, Reason, RevisionNumber, At, Late) = (allyName, stance, checkedReason, revision, now, late);
        return true;
    }

    public DissentResponse Answer(string authorId, string authorName, string text, DateTimeOffset now)
    {
        if (!IsDissent)
            throw new AllianceException(ConsensusTexts.NothingToAnswer);
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
            throw new AllianceException(ConsensusTexts.AnswerMissing);
        if (trimmed.Length > MaxReasonLength)
            throw new AllianceException(ConsensusTexts.TextTooLong.Format(MaxReasonLength));
        var response = new DissentResponse(responses.Count + 1, authorId, authorName, trimmed, now, Stance, RevisionNumber);
        responses.Add(response);
        return response;
    }

    /// <summary>The author says the answer addresses their concern. False when it already was marked.</summary>
    public bool MarkAddressed(int responseId, DateTimeOffset now)
    {
        var index = responses.FindIndex(r => r.Id == responseId);
        if (index < 0)
            throw new AllianceException(ConsensusTexts.AnswerNotFound);
        if (responses[index].Addressed)
            return false;
        responses[index] = responses[index] with { AddressedAt = now };
        return true;
    }

    private static string? CheckReason(Stance stance, string? reason)
    {
        var trimmed = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (stance.RequiresReason() && trimmed is null)
            throw new AllianceException(ConsensusTexts.ReasonRequired(stance));
        if (trimmed is { Length: > MaxReasonLength })
            throw new AllianceException(ConsensusTexts.TextTooLong.Format(MaxReasonLength));
        return trimmed;
    }
}
