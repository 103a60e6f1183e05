using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Texts;

namespace Coretet.Bot.Dialogs.Consensus;

/// <summary>Loads a round named by card data or a command, within the sender's alliance only, with its audience.</summary>
public sealed class RoundAccess(IRoundStore rounds, IPositionStore positions, RoundAudiences audiences, RoundSnapshots snapshots, RoundReads reads)
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

    /// <summary>
    /// The round as stored now and all its positions (a read shared with concurrent callers, started after this call),
    /// offered to <see cref="RoundSnapshots"/> for the live card.
    /// </summary>
    public async Task<RoundSnapshot> SnapshotAsync(Round round, string? chantierTitle, CancellationToken cancellationToken)
    {
        var (current, list) = await reads.ReadAsync(round.Id, async () =>
        {
            var ticket = snapshots.Ticket();
            var stored = await rounds.FindAsync(round.AllianceId, round.Id, CancellationToken.None);
            var read = await positions.ListAsync(round.Id, CancellationToken.None);
            var fresh = stored?.Value ?? round;
            snapshots.Offer(ticket, new RoundSnapshot(fresh, read, chantierTitle));
            return (fresh, read);
        });
        return new RoundSnapshot(current, list, chantierTitle);
    }

    /// <summary>
    /// Every copy of the round card shows the freshest snapshot when the host renders it; the host's reload reads the
    /// round and its positions again (after it reserved a render version on the copies).
    /// </summary>
    public Views.CardRefresh Refresh(RoundSnapshot snapshot) =>
        new(snapshot.Round.CardKey, language => RoundCard.Live(snapshots.Latest(snapshot), language, null))
        {
            Reload = async cancellationToken =>
            {
                var title = snapshot.ChantierTitle ?? snapshots.Latest(snapshot).ChantierTitle;
                var fresh = await SnapshotAsync(snapshot.Round, title, cancellationToken);
                return language => RoundCard.Live(fresh, language, null);
            },
        };

    private static bool IsWellFormedId(string? id) =>
        id is { Length: > 0 and <= 64 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
