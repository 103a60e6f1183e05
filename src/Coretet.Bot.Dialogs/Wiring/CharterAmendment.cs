using Coretet.Bot.Dialogs.Charter;
using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Dialogs.Wiring;

/// <summary>A drafted charter version submitted to a consensus round; published when the round adopts it.</summary>
public sealed record CharterAmendment(string Id, string AllianceId, CharterDraft Draft, UserRef ProposedBy, DateTimeOffset ProposedAt)
{
    public string? RoundId { get; init; }
}
