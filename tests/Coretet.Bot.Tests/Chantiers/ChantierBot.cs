using System.Collections.Concurrent;
using Coretet.Bot.Dialogs;
using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Journal;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;
using Coretet.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Coretet.Bot.Tests.Chantiers;

/// <summary>
/// The real host over HTTP with the chantier capability, one alliance on a Teams channel, and allies who signed.
/// REVIEW: until the charter capability is in main, the gate is a stand-in that knows who "signed" (same contract:
/// non-allies get a charter card with a sign button); switch <see cref="SignAsync"/> to the real charter then.
/// </summary>
internal sealed class ChantierBot : IAsyncDisposable
{
    private readonly StandInAlliance alliance;

    private ChantierBot(BotHost host, StandInAlliance alliance)
    {
        Host = host;
        this.alliance = alliance;
        Channel = host.Teams.Channel("Général", team: "Coretet");
    }

    public BotHost Host { get; }

    public TeamsClient Teams => Host.Teams;

    public TeamsConversation Channel { get; }

    /// <summary>The alliance's chantier events, oldest first.</summary>
    public Task<IReadOnlyList<JournalEntry>> JournalAsync() =>
        Task.FromResult<IReadOnlyList<JournalEntry>>([.. alliance.Entries.Where(e => e.ChantierId is not null)]);

    public static async Task<ChantierBot> StartAsync()
    {
        var alliance = new StandInAlliance();
        var host = await BotHost.StartAsync(o => o.ConfigureServices(s =>
        {
            s.AddSingleton<IAllianceGate>(alliance);
            s.AddSingleton<IAllyDirectory>(alliance);
            s.AddSingleton<IJournal>(alliance);
            s.AddChantiers();
        }));
        return new ChantierBot(host, alliance);
    }

    /// <summary>Many allies at once (the charter's own service, without one chat message each).</summary>
    public Task SignManyAsync(IEnumerable<TeamsUser> users) => SignAsync([.. users]);

    public Task SignAsync(params TeamsUser[] users)
    {
        foreach (var user in users)
            alliance.Sign(new UserRef("msteams", user.Id, user.Name), Languages.FromLocale(user.Locale));
        return Task.CompletedTask;
    }

    public Task<BotReplies> SayAsync(TeamsUser user, string text, params TeamsUser[] mentioning) =>
        Teams.SendAsync(user, text, Channel, mentioning);

    /// <summary>Opens a chantier through the form and returns the chantier card (the form, updated in place).</summary>
    public async Task<BotReplies> SubmitFormAsync(TeamsUser user, IReadOnlyDictionary<string, string> inputs)
    {
        var form = (await SayAsync(user, IsEnglish(user) ? "new chantier" : "nouveau chantier")).Single();
        return await Teams.ClickAsync(user, form, IsEnglish(user) ? "Open the chantier" : "Ouvrir le chantier", inputs);
    }

    public static bool IsEnglish(TeamsUser user) => Languages.FromLocale(user.Locale) == Language.English;

    public ValueTask DisposeAsync() => Host.DisposeAsync();

    private sealed class StandInAlliance : IAllianceGate, IAllyDirectory, IJournal
    {
        private readonly ConcurrentDictionary<string, Ally> allies = new(StringComparer.Ordinal);

        public Alliance Alliance { get; } = new("al-test", "Coretet", []);

        public ConcurrentQueue<JournalEntry> Entries { get; } = new();

        public void Sign(UserRef user, Language language) => allies[user.Key] = new Ally(Alliance.Id, user) { Language = language };

        public Task<AllianceContext> ResolveAsync(Turn turn, CancellationToken cancellationToken) =>
            Task.FromResult(new AllianceContext(Alliance, turn.From.Key, allies.GetValueOrDefault(turn.From.Key)));

        public async Task<AllianceContext> RequireAllyAsync(Turn turn, CancellationToken cancellationToken)
        {
            var context = await ResolveAsync(turn, cancellationToken);
            if (context.IsAlly)
                return context;
            var title = turn.Language == Language.English ? "Charter of Coretet" : "Charte de Coretet";
            var sign = turn.Language == Language.English ? "I sign" : "Je signe";
            throw new TurnRedirectException(TurnResult.Show(new CardView(title, [], [new CardButton(sign, "charter.sign")])));
        }

        public Task<AllianceContext> RequireFacilitatorAsync(Turn turn, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<Ally?> FindAsync(string allianceId, string allyId, CancellationToken cancellationToken) => Task.FromResult(allies.GetValueOrDefault(allyId));

        public Task<IReadOnlyList<Ally>> ListAsync(string allianceId, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<Ally>>([.. allies.Values]);

        public Task AppendAsync(JournalEntry entry, CancellationToken cancellationToken)
        {
            Entries.Enqueue(entry);
            return Task.CompletedTask;
        }

        public Task<IReadOnlyList<JournalEntry>> ReadLatestAsync(string allianceId, int count, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<JournalEntry>>([.. Entries.Reverse().Take(count)]);
    }
}
