using System.Collections.Concurrent;
using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Dialogs.Claims;
using Coretet.Bot.Dialogs.Journal;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Bench.Consensus;

/// <summary>The ports consensus takes from other capabilities, in memory, so the benchmark measures consensus and its tables.</summary>
internal sealed class BenchAlliance : IAllianceGate, IAllyDirectory, IChantierDirectory, IJournal, IClaimStore
{
    private readonly Dictionary<string, Ally> allies = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> claims = new(StringComparer.Ordinal);

    public BenchAlliance(int count)
    {
        Alliance = new Alliance("bench-alliance", "Bench", ["msteams:29:ally-0000"]);
        for (var i = 0; i < count; i++)
        {
            var ally = new Ally(Alliance.Id, new UserRef("msteams", $"29:ally-{i:D4}", $"Ally {i:D4}"));
            allies[ally.Id] = ally;
        }
    }

    public Alliance Alliance { get; }

    public IReadOnlyCollection<Ally> Allies => allies.Values;

    public int JournalEntries;

    public Task<AllianceContext> ResolveAsync(Turn turn, CancellationToken cancellationToken) =>
        Task.FromResult(new AllianceContext(Alliance, turn.From.Key, allies.GetValueOrDefault(turn.From.Key)));

    public Task<AllianceContext> RequireAllyAsync(Turn turn, CancellationToken cancellationToken) => ResolveAsync(turn, cancellationToken);

    public Task<AllianceContext> RequireFacilitatorAsync(Turn turn, CancellationToken cancellationToken) =>
        Alliance.IsFacilitator(turn.From.Key) ? ResolveAsync(turn, cancellationToken) : throw new AllianceException("facilitators only");

    Task<Ally?> IAllyDirectory.FindAsync(string allianceId, string allyId, CancellationToken cancellationToken) => Task.FromResult(allies.GetValueOrDefault(allyId));

    public Task<IReadOnlyList<Ally>> ListAsync(string allianceId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Ally>>([.. allies.Values]);

    Task<ChantierSummary?> IChantierDirectory.FindAsync(string allianceId, string chantierId, CancellationToken cancellationToken) => Task.FromResult<ChantierSummary?>(null);

    public Task<IReadOnlyList<ChantierSummary>> ListAsync(string allianceId, bool includeClosed, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<ChantierSummary>>([]);

    public Task AppendAsync(JournalEntry entry, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref JournalEntries);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<JournalEntry>> ReadLatestAsync(string allianceId, int count, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<JournalEntry>>([]);

    public Task<bool> TryClaimAsync(string scope, string key, CancellationToken cancellationToken) => Task.FromResult(claims.TryAdd(scope + "|" + key, true));
}
