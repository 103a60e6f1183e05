using System.Collections.Concurrent;
using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Dialogs.Claims;
using Coretet.Bot.Dialogs.Journal;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;

namespace Coretet.Bot.Dialogs.Tests.Consensus.Fakes;

/// <summary>One alliance with its allies and chantiers, playing the gate, the directories, the journal and the claims.</summary>
internal sealed class FakeAlliance : IAllianceGate, IAllyDirectory, IChantierDirectory, IJournal, IClaimStore
{
    private readonly ConcurrentDictionary<string, Ally> allies = new();
    private readonly ConcurrentDictionary<string, ChantierSummary> chantiers = new();
    private readonly ConcurrentDictionary<string, bool> claims = new();

    public FakeAlliance(string id = "all1")
    {
        Alliance = new Alliance(id, "Alliance", []);
    }

    public Alliance Alliance { get; }

    public ConcurrentQueue<JournalEntry> Entries { get; } = new();

    public Ally AddAlly(string name, bool facilitator = false, Language language = Language.French)
    {
        var ally = new Ally(Alliance.Id, new UserRef("msteams", "29:" + name.ToLowerInvariant(), name)) { Language = language };
        allies[ally.Id] = ally;
        if (facilitator)
            Alliance.AddFacilitator(ally.Id);
        return ally;
    }

    public void AddChantier(ChantierSummary chantier) => chantiers[chantier.Id] = chantier;

    public Task<AllianceContext> ResolveAsync(Turn turn, CancellationToken cancellationToken) =>
        Task.FromResult(new AllianceContext(Alliance, turn.From.Key, allies.GetValueOrDefault(turn.From.Key)));

    public async Task<AllianceContext> RequireAllyAsync(Turn turn, CancellationToken cancellationToken)
    {
        var context = await ResolveAsync(turn, cancellationToken);
        return context.IsAlly ? context : throw new TurnRedirectException(Views.TurnResult.Text("charter"));
    }

    public async Task<AllianceContext> RequireFacilitatorAsync(Turn turn, CancellationToken cancellationToken)
    {
        var context = await ResolveAsync(turn, cancellationToken);
        return context.IsFacilitator ? context : throw new AllianceException("facilitators only");
    }

    Task<Ally?> IAllyDirectory.FindAsync(string allianceId, string allyId, CancellationToken cancellationToken) =>
        Task.FromResult(allianceId == Alliance.Id ? allies.GetValueOrDefault(allyId) : null);

    public Task<IReadOnlyList<Ally>> ListAsync(string allianceId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Ally>>(allianceId == Alliance.Id ? allies.Values.ToList() : []);

    Task<ChantierSummary?> IChantierDirectory.FindAsync(string allianceId, string chantierId, CancellationToken cancellationToken) =>
        Task.FromResult(chantiers.GetValueOrDefault(chantierId));

    public Task<IReadOnlyList<ChantierSummary>> ListAsync(string allianceId, bool includeClosed, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ChantierSummary>>(chantiers.Values.Where(c => includeClosed || c.IsOpen).ToList());

    public Task AppendAsync(JournalEntry entry, CancellationToken cancellationToken)
    {
        Entries.Enqueue(entry);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<JournalEntry>> ReadLatestAsync(string allianceId, int count, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<JournalEntry>>(Entries.Reverse().Take(count).ToList());

    public Task<bool> TryClaimAsync(string scope, string key, CancellationToken cancellationToken) =>
        Task.FromResult(claims.TryAdd(scope + "|" + key, true));
}
