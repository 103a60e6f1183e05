using Coretet.Bot.Dialogs.Alliances;
using Coretet.Bot.Dialogs.Charter;
using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Dialogs.Tests.Charter.Fakes;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;
using Microsoft.Extensions.Logging.Abstractions;

namespace Coretet.Bot.Dialogs.Tests.Charter;

/// <summary>The charter capability wired on in-memory ports, with people and places to drive it.</summary>
internal sealed class CharterWorld
{
    public static readonly UserRef Alice = new("msteams", "29:alice", "Alice");
    public static readonly UserRef Bob = new("msteams", "29:bob", "Bob");
    public static readonly UserRef Chloe = new("msteams", "29:chloe", "Chloé");
    public static readonly UserRef Sam = new("slack", "U0SAM", "Sam");

    public static readonly ConversationRef General = new("msteams", "19:general@thread.tacv2", ConversationKind.Channel) { SpaceId = "19:team1", TenantId = "t", Name = "Transition" };
    public static readonly ConversationRef OtherChannel = new("msteams", "19:projects@thread.tacv2", ConversationKind.Channel) { SpaceId = "19:team1", TenantId = "t" };
    public static readonly ConversationRef OtherTeam = new("msteams", "19:elsewhere@thread.tacv2", ConversationKind.Channel) { SpaceId = "19:team2", TenantId = "t", Name = "Elsewhere" };
    public static readonly ConversationRef SlackChannel = new("slack", "C0ALLIANCE", ConversationKind.Channel) { SpaceId = "T0WORK", Name = "alliance" };

    public static readonly Dictionary<string, string> V1 = new()
    {
        [CharterVerbs.ObjectivesKey] = "Relier les lieux ressources\nCapitaliser l'expérience",
        [CharterVerbs.SharedValuesKey] = "- Ouverture\n- Coopération",
        [CharterVerbs.WorkingProceduresKey] = "Décider par consensus",
    };

    public CharterWorld()
    {
        Gate = new AllianceGate(Alliances, Allies, Charters);
        Service = new CharterService(Alliances, Allies, Charters, Journal, Clock);
        AllianceService = new AllianceService(Alliances, LinkCodes, Gate, Journal, Clock);
        Router = new DialogRouter([new AllianceFlow(AllianceService, Gate), new CharterFlow(Service, Gate), new AlliesFlow(Allies, Gate)], NullLogger<DialogRouter>.Instance);
    }

    public InMemoryAllianceStore Alliances { get; } = new();
    public InMemoryAllyStore Allies { get; } = new();
    public InMemoryCharterStore Charters { get; } = new();
    public InMemoryLinkCodeStore LinkCodes { get; } = new();
    public InMemoryJournal Journal { get; } = new();
    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));
    public AllianceGate Gate { get; }
    public CharterService Service { get; }
    public AllianceService AllianceService { get; }
    public DialogRouter Router { get; }

    public static ConversationRef Personal(UserRef user) => new(user.Platform, $"dm:{user.Id}", ConversationKind.Personal);

    public Task<TurnResult> Say(string text, UserRef? from = null, ConversationRef? where = null, Language language = Language.French, IReadOnlyList<UserRef>? mentions = null) =>
        Router.RouteAsync(new Turn(TurnKind.Message, from ?? Alice, where ?? General, language) { Text = text, Mentions = mentions ?? [] }, default);

    public Task<TurnResult> Click(string verb, Dictionary<string, string>? data = null, UserRef? from = null, ConversationRef? where = null, Language language = Language.French) =>
        Router.RouteAsync(new Turn(TurnKind.CardAction, from ?? Alice, where ?? General, language) { Action = new CardAction(verb, data ?? []) }, default);

    public Task<TurnResult> Install(UserRef? by = null, ConversationRef? where = null, Language language = Language.French) =>
        Router.RouteAsync(new Turn(TurnKind.Installed, by ?? Alice, where ?? General, language), default);

    /// <summary>Installed by Alice in General, v1 published.</summary>
    public async Task<string> WithCharterAsync()
    {
        await Install();
        await Click(CharterVerbs.Publish, V1);
        return AllianceId;
    }

    public string AllianceId => Alliances.FindIdByAddressAsync(AllianceAddresses.Attach(General), default).Result!;

    public Task<TurnResult> Sign(UserRef who, string version = "1", string engagement = "supporter", string? organisation = null, ConversationRef? where = null, Language language = Language.French)
    {
        var data = new Dictionary<string, string> { [CharterVerbs.VersionKey] = version, [CharterVerbs.EngagementKey] = engagement };
        if (organisation is not null)
            data[CharterVerbs.OrganisationKey] = organisation;
        return Click(CharterVerbs.Sign, data, who, where, language);
    }

    public Task<Ally?> AllyAsync(UserRef user) => Allies.FindAsync(AllianceId, user.Key, default);

    public static string Text(TurnResult result) => string.Join("\n", result.Replies.Select(r => r.View).OfType<MessageView>().Select(m => m.Text));

    public static CardView Card(TurnResult result) => result.Replies.Select(r => r.View).OfType<CardView>().First();

    public static IEnumerable<string> AllText(CardView card) =>
        card.Body.SelectMany(e => e switch
        {
            CardText t => [t.Text],
            CardList l => [l.Heading ?? "", .. l.Items],
            CardFacts f => f.Facts.SelectMany(x => new[] { x.Label, x.Value }),
            _ => [],
        }).Prepend(card.Title ?? "");
}
