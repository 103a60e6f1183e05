using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Journal;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Tests.Chantiers;

/// <summary>A one-alliance gate, ally directory and journal: allies are whoever <see cref="Sign"/> was called for.</summary>
internal sealed class FakeAlliance : IAllianceGate, IAllyDirectory, IJournal
{
    public const string CharterCardTitle = "Charte (fake)";

    private readonly Dictionary<string, Ally> allies = [];

    public Alliance Alliance { get; } = new("alliance-1", "Test", ["msteams:29:facilitator"]);

    public List<JournalEntry> Entries { get; } = [];

    public FakeAlliance Sign(UserRef user, Language language = Language.French)
    {
        allies[user.Key] = new Ally(Alliance.Id, user) { Language = language };
        return this;
    }

    public Task<AllianceContext> ResolveAsync(Turn turn, CancellationToken cancellationToken) =>
        Task.FromResult(new AllianceContext(Alliance, turn.From.Key, allies.GetValueOrDefault(turn.From.Key)));

    public async Task<AllianceContext> RequireAllyAsync(Turn turn, CancellationToken cancellationToken)
    {
        var context = await ResolveAsync(turn, cancellationToken);
        return context.IsAlly ? context : throw new TurnRedirectException(TurnResult.Show(new CardView(CharterCardTitle)));
    }

    public Task<AllianceContext> RequireFacilitatorAsync(Turn turn, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<Ally?> FindAsync(string allianceId, string allyId, CancellationToken cancellationToken) =>
        Task.FromResult(allies.GetValueOrDefault(allyId));

    public Task<IReadOnlyList<Ally>> ListAsync(string allianceId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Ally>>([.. allies.Values]);

    public Task AppendAsync(JournalEntry entry, CancellationToken cancellationToken)
    {
        lock (Entries)
            Entries.Add(entry);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<JournalEntry>> ReadLatestAsync(string allianceId, int count, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<JournalEntry>>([.. Entries.AsEnumerable().Reverse().Take(count)]);
}
