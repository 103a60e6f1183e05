using Coretet.Bot.Dialogs.Consensus;
using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Storage.Consensus;

// Persistence shapes of the nested parts of rounds and positions, stored as JSON properties. Separate from the domain
// records on purpose: renaming a domain member must not silently change what is stored.

internal sealed record RevisionRow(int Number, string Text, string AuthorId, DateTimeOffset At);

internal sealed record TallyRow(Dictionary<string, int> Counts, int Late, int OnOlderRevision);

internal sealed record OutcomeRow(
    string Kind, string Computed, DateTimeOffset ClosedAt, string ClosedBy, TallyRow Tally, bool Early, bool QuorumMet,
    string? Statement, string? ArbitratedBy, DateTimeOffset? ArbitratedAt, bool ArbitrationAdopts);

internal sealed record ConversationRow(string Platform, string Id, string Kind, string? TenantId, string? SpaceId, string? Name);

internal sealed record PositionChangeRow(string Stance, string? Reason, int Revision, DateTimeOffset At, bool Late);

internal sealed record DissentResponseRow(int Id, string AuthorId, string AuthorName, string Text, DateTimeOffset At, string AnsweredStance, int AnsweredRevision, DateTimeOffset? AddressedAt);

internal static class ConsensusRowMapping
{
    public static RevisionRow ToRow(this Revision r) => new(r.Number, r.Text, r.AuthorId, r.At);

    public static Revision ToDomain(this RevisionRow r) => new(r.Number, r.Text, r.AuthorId, r.At);

    public static OutcomeRow ToRow(this Outcome o) => new(o.Kind.ToString(), o.Computed.ToString(), o.ClosedAt, o.ClosedBy,
        new TallyRow(o.Tally.Counts.ToDictionary(c => c.Key.ToString(), c => c.Value), o.Tally.Late, o.Tally.OnOlderRevision),
        o.Early, o.QuorumMet, o.Statement, o.ArbitratedBy, o.ArbitratedAt, o.ArbitrationAdopts);

    public static Outcome ToDomain(this OutcomeRow o)
    {
        var counts = Stances.All.ToDictionary(s => s, s => o.Tally.Counts.TryGetValue(s.ToString(), out var n) ? n : 0);
        return new Outcome(Enum.Parse<OutcomeKind>(o.Kind), Enum.Parse<OutcomeKind>(o.Computed), o.ClosedAt, o.ClosedBy, new Tally(counts, o.Tally.Late, o.Tally.OnOlderRevision))
        {
            Early = o.Early, QuorumMet = o.QuorumMet, Statement = o.Statement, ArbitratedBy = o.ArbitratedBy,
            ArbitratedAt = o.ArbitratedAt, ArbitrationAdopts = o.ArbitrationAdopts,
        };
    }

    public static ConversationRow ToRow(this ConversationRef c) => new(c.Platform, c.Id, c.Kind.ToString(), c.TenantId, c.SpaceId, c.Name);

    public static ConversationRef ToDomain(this ConversationRow c) =>
        new(c.Platform, c.Id, Enum.Parse<ConversationKind>(c.Kind)) { TenantId = c.TenantId, SpaceId = c.SpaceId, Name = c.Name };

    public static PositionChangeRow ToRow(this PositionChange c) => new(c.Stance.ToString(), c.Reason, c.RevisionNumber, c.At, c.Late);

    public static PositionChange ToDomain(this PositionChangeRow c) => new(Enum.Parse<Stance>(c.Stance), c.Reason, c.Revision, c.At, c.Late);

    public static DissentResponseRow ToRow(this DissentResponse r) =>
        new(r.Id, r.AuthorId, r.AuthorName, r.Text, r.At, r.AnsweredStance.ToString(), r.AnsweredRevision, r.AddressedAt);

    public static DissentResponse ToDomain(this DissentResponseRow r) =>
        new(r.Id, r.AuthorId, r.AuthorName, r.Text, r.At, Enum.Parse<Stance>(r.AnsweredStance), r.AnsweredRevision) { AddressedAt = r.AddressedAt };
}
