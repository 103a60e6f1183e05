using System.Collections.Concurrent;
using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Dialogs.Journal;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Tests.Capture.Support;

/// <summary>The ports other helpers implement (gate, allies, chantiers, journal), faked for host-level capture tests.</summary>
internal sealed class CaptureFakeAlliance : IAllianceGate, IAllyDirectory, IChantierDirectory, IJournal
{
    public const string AllianceId = "al1";

    public CaptureFakeAlliance(int allies)
        : this(Enumerable.Range(0, allies).Select(i => new UserRef("msteams", $"29:ally{i}", $"Ally {i}")))
    {
    }

    /// <summary>The first user is the facilitator and the chantier's animator; the others are its participants.</summary>
    public CaptureFakeAlliance(IEnumerable<UserRef> users)
    {
        Allies = users.Select((u, i) => new Ally(AllianceId, u) { Language = i % 2 == 0 ? Language.French : Language.English }).ToList();
        Alliance = new Alliance(AllianceId, "Coretet", [Allies[0].Id]);
        Chantier = new ChantierSummary(AllianceId, "ch1", "Jardins", true)
        {
            Animators = [Allies[0].Id],
            Participants = Allies.Skip(1).Select(a => a.Id).ToList(),
        };
    }

    public Alliance Alliance { get; }

    public List<Ally> Allies { get; }

    public ChantierSummary Chantier { get; set; }

    public ConcurrentQueue<JournalEntry> Journal { get; } = new();

    public Task<AllianceContext> ResolveAsync(Turn turn, CancellationToken cancellationToken) =>
        Task.FromResult(new AllianceContext(Alliance, turn.From.Key, Allies.FirstOrDefault(a => a.Id == turn.From.Key)));

    public async Task<AllianceContext> RequireAllyAsync(Turn turn, CancellationToken cancellationToken)
    {
        var context = await ResolveAsync(turn, cancellationToken);
        return context.IsAlly ? context : throw new TurnRedirectException(TurnResult.Text("charter"));
    }

    public async Task<AllianceContext> RequireFacilitatorAsync(Turn turn, CancellationToken cancellationToken)
    {
        var context = await RequireAllyAsync(turn, cancellationToken);
        return context.IsFacilitator ? context : throw new AllianceException("facilitators only");
    }

    public Task<Ally?> FindAsync(string allianceId, string allyId, CancellationToken cancellationToken) =>
        Task.FromResult(Allies.FirstOrDefault(a => a.Id == allyId));

    public Task<IReadOnlyList<Ally>> ListAsync(string allianceId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Ally>>(Allies);

    Task<ChantierSummary?> IChantierDirectory.FindAsync(string allianceId, string chantierId, CancellationToken cancellationToken) =>
        Task.FromResult(chantierId == Chantier.Id ? Chantier : null);

    Task<IReadOnlyList<ChantierSummary>> IChantierDirectory.ListAsync(string allianceId, bool includeClosed, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ChantierSummary>>([Chantier]);

    public Task AppendAsync(JournalEntry entry, CancellationToken cancellationToken)
    {
        Journal.Enqueue(entry);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<JournalEntry>> ReadLatestAsync(string allianceId, int count, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<JournalEntry>>(Journal.Reverse().Take(count).ToList());
}
