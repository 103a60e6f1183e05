using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>What the server decides about a new round (never the user): its ids, initiator, time zone and venues.</summary>
public sealed record RoundOpeningFacts(string Id, int Number, string AllianceId, string TimeZone, string InitiatorId, string InitiatorName)
{
    public IReadOnlyList<ConversationRef> Venues { get; init; } = [];

    /// <summary>The language cards are posted in, in the venues (the alliance's default).</summary>
    public Language VenueLanguage { get; init; }
}
