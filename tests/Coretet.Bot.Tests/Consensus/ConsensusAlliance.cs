using System.Collections.Concurrent;
using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Dialogs.Journal;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;
using Coretet.Bot.Tests.Support;

namespace Coretet.Bot.Tests.Consensus;

/// <summary>
/// The alliance side the consensus capability builds on (gate, ally and chantier directories, journal), played by the
/// test so these tests do not depend on how allies sign: allies are added directly, the gate is as strict as the real one.
/// </summary>
internal sealed class ConsensusAlliance : IAllianceGate, IAllyDirectory, IChantierDirectory, IJournal
{
    public const string NotAnAlly = "Lisez et signez la charte d'abord.";

    private readonly ConcurrentDictionary<string, Ally> allies = new();
    private readonly ConcurrentDictionary<string, ChantierSummary> chantiers = new();

    public ConsensusAlliance(Language language)
    {
        Alliance = new Alliance("alliance-1", "Coretet", []);
        Alliance.SetDefaultLanguage(language);
    }

    public Alliance Alliance { get; }

    public ConcurrentQueue<JournalEntry> Journal { get; } = new();

    public static string Key(TeamsUser user) => $"msteams:{user.Id}";

    public void AddAlly(TeamsUser user, bool facilitator = false)
    {
        var ally = new Ally(Alliance.Id, new UserRef("msteams", user.Id, user.Name)) { Language = Languages.FromLocale(user.Locale), TimeZone = user.TimeZone };
        allies[ally.Id] = ally;
        if (facilitator)
            Alliance.AddFacilitator(ally.Id);
    }

    /// <summary>An ally from any platform (a Slack user, for example).</summary>
    public void AddAlly(UserRef user, Language language, bool facilitator = false)
    {
        var ally = new Ally(Alliance.Id, user) { Language = language };
        allies[ally.Id] = ally;
        if (facilitator)
            Alliance.AddFacilitator(ally.Id);
    }

    public void Attach(ConversationRef conversation) => Alliance.AttachConversation(conversation);

    public void Attach(TeamsConversation channel) =>
        Alliance.AttachConversation(new ConversationRef("msteams", channel.Id, ConversationKind.Channel) { SpaceId = channel.TeamId, TenantId = "tenant-1", Name = channel.Name });

    public void AddChantier(ChantierSummary chantier) => chantiers[chantier.Id] = chantier;

    public Task<AllianceContext> ResolveAsync(Turn turn, CancellationToken cancellationToken) =>
        Task.FromResult(new AllianceContext(Alliance, turn.From.Key, allies.GetValueOrDefault(turn.From.Key)));

    public async Task<AllianceContext> RequireAllyAsync(Turn turn, CancellationToken cancellationToken)
    {
        var context = await ResolveAsync(turn, cancellationToken);
        return context.IsAlly ? context : throw new TurnRedirectException(TurnResult.Text(NotAnAlly));
    }

    public async Task<AllianceContext> RequireFacilitatorAsync(Turn turn, CancellationToken cancellationToken)
    {
        var context = await ResolveAsync(turn, cancellationToken);
        return context.IsFacilitator ? context : throw new AllianceException(new LocalizedText("Réservé à l'équipe d'animation.", "Facilitators only."));
    }

    Task<Ally?> IAllyDirectory.FindAsync(string allianceId, string allyId, CancellationToken cancellationToken) =>
        Task.FromResult(allies.GetValueOrDefault(allyId));

    public Task<IReadOnlyList<Ally>> ListAsync(string allianceId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Ally>>([.. allies.Values]);

    Task<ChantierSummary?> IChantierDirectory.FindAsync(string allianceId, string chantierId, CancellationToken cancellationToken) =>
        Task.FromResult(chantiers.GetValueOrDefault(chantierId));

    public Task<IReadOnlyList<ChantierSummary>> ListAsync(string allianceId, bool includeClosed, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ChantierSummary>>([.. chantiers.Values]);

    public Task AppendAsync(JournalEntry entry, CancellationToken cancellationToken)
    {
        Journal.Enqueue(entry);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<JournalEntry>> ReadLatestAsync(string allianceId, int count, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<JournalEntry>>([.. Journal.Reverse().Take(count)]);
}
