using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>Loads a round named by card data or a command, within the sender's alliance only, with its audience.</summary>
public sealed class RoundAccess(IRoundStore rounds, IPositionStore positions, RoundAudiences audiences, RoundSnapshots snapshots)
{
    public RoundAudiences Audiences => audiences;

    public IRoundStore Rounds => rounds;

    public IPositionStore Positions => positions;

    /// <summary>The round <paramref name="roundId"/> of the sender's alliance; card data from elsewhere finds nothing.</summary>
    public async Task<Versioned<Round>> LoadAsync(AllianceContext context, string? roundId, CancellationToken cancellationToken)
    {
        if (!IsWellFormedId(roundId))
            throw new AllianceException(ConsensusTexts.RoundNotFound);
        return await rounds.FindAsync(context.Alliance.Id, roundId!, cancellationToken)
            ?? throw new AllianceException(ConsensusTexts.RoundNotFound);
    }

    public async Task<Versioned<Round>> LoadByNumberAsync(AllianceContext context, string? number, CancellationToken cancellationToken)
    {
        if (!int.TryParse(number?.Trim().TrimStart('#', 'n', '°'), out var n) || n < 1)
            throw new AllianceException(ConsensusTexts.RoundNumberExpected);
        return await rounds.FindByNumberAsync(context.Alliance.Id, n, cancellationToken)
            ?? throw new AllianceException(ConsensusTexts.RoundNumberNotFound.Format(n));
    }

    public Task<RoundAudience> AudienceAsync(AllianceContext context, RoundScope scope, CancellationToken cancellationToken) =>
        audiences.ResolveAsync(context.Alliance.Id, scope, context.Alliance.Facilitators, cancellationToken);

    /// <summary>Reads the positions and offers the result to <see cref="RoundSnapshots"/> (for the live card).</summary>
    public async Task<RoundSnapshot> SnapshotAsync(Round round, string? chantierTitle, CancellationToken cancellationToken)
    {
        var ticket = snapshots.Ticket();
        var list = await positions.ListAsync(round.Id, cancellationToken);
        var snapshot = new RoundSnapshot(round, list, chantierTitle);
        snapshots.Offer(ticket, snapshot);
        return snapshot;
    }

    /// <summary>Every copy of the round card shows the freshest snapshot when the host renders it.</summary>
    public Views.CardRefresh Refresh(RoundSnapshot snapshot) =>
        new(snapshot.Round.CardKey, language => RoundCard.Live(snapshots.Latest(snapshot), language, null));

    private static bool IsWellFormedId(string? id) =>
        id is { Length: > 0 and <= 64 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
