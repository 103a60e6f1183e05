using System.Collections.Concurrent;
using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Dialogs.Journal;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Tests.Capture.Support;

/// <summary>
/// The ports other capabilities own (gate, allies, chantiers, journal), faked once for every capture test: the flow
/// and prompter tests (<c>CaptureWorld</c>) and, linked into Coretet.Bot.Tests, the host tests
/// (<c>CaptureFakeAlliance</c>). The alliance's facilitators are its facilitators; allies are whoever is listed.
/// </summary>
internal class CaptureAllianceFake : IAllianceGate, IAllyDirectory, IChantierDirectory, IJournal
{
    public CaptureAllianceFake(Alliance alliance, List<Ally> allies, ChantierSummary chantier)
    {
        Alliance = alliance;
        Allies = allies;
        Chantier = chantier;
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
