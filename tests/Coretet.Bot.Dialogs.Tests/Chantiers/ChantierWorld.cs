using Coretet.Bot.Dialogs.Chantiers;
using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Dialogs.Tests.Support;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;
using Microsoft.Extensions.Logging.Abstractions;

namespace Coretet.Bot.Dialogs.Tests.Chantiers;

/// <summary>The chantier flow behind the real router, on in-memory stores and a fake alliance.</summary>
internal sealed class ChantierWorld
{
    public static readonly UserRef Alice = TurnBuilder.Alice;
    public static readonly UserRef Bob = new("msteams", "29:bob", "Bob");
    public static readonly UserRef Carol = new("msteams", "29:carol", "Carol");
    public static readonly UserRef Stranger = new("msteams", "29:stranger", "Stranger");

    public ChantierWorld(params IChantierClosedListener[] listeners)
    {
        Flow = new ChantierFlow(Alliance, Chantiers, Members, Alliance, Alliance, listeners, Time);
        Router = new DialogRouter([Flow], NullLogger<DialogRouter>.Instance);
        Alliance.Sign(Alice).Sign(Bob).Sign(Carol, Language.English);
    }

    public FakeAlliance Alliance { get; } = new();

    public InMemoryChantierStore Chantiers { get; } = new();

    public InMemoryChantierMemberStore Members { get; } = new();

    /// <summary>2026-12-01 10:00 in Paris.</summary>
    public FixedTime Time { get; } = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));

    public ChantierFlow Flow { get; }

    public DialogRouter Router { get; }

    public Task<TurnResult> Say(string text, UserRef? from = null, Language language = Language.French, IReadOnlyList<UserRef>? mentions = null) =>
        Router.RouteAsync(TurnBuilder.Message(text, language, from) with { Mentions = mentions ?? [] }, default);

    public Task<TurnResult> Click(string verb, Dictionary<string, string>? data = null, UserRef? from = null, Language language = Language.French) =>
        Router.RouteAsync(TurnBuilder.Action(verb, data, language, from), default);

    public Task<TurnResult> Open(string title, string kind = "thematic", string purpose = "", string? date = null, UserRef? from = null, Language language = Language.French)
    {
        var data = new Dictionary<string, string> { ["title"] = title, ["kind"] = kind, ["purpose"] = purpose };
        if (date is not null)
            data["date"] = date;
        return Click("chantier.create", data, from, language);
    }

    public Task<TurnResult> On(int number, string verb, UserRef from, Language language = Language.French, Dictionary<string, string>? extra = null)
    {
        var data = new Dictionary<string, string>(extra ?? []) { ["chantier"] = number.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        return Click(verb, data, from, language);
    }

    /// <summary>The card a result shows: its first reply, or (after a button of the card itself) the refreshed card.</summary>
    public static CardView Card(TurnResult result, Language language = Language.French) =>
        Assert.IsType<CardView>(result.Replies.Count > 0 ? result.Replies[0].View : Assert.Single(result.Refreshes).Render(language));

    public static string Text(TurnResult result) => Assert.IsType<MessageView>(Assert.Single(result.Replies).View).Text;

    public static string Fact(CardView card, string labelStart) =>
        card.Body.OfType<CardFacts>().SelectMany(f => f.Facts).First(f => f.Label.StartsWith(labelStart, StringComparison.Ordinal)).Value;

    public static string Warning(CardView card) =>
        Assert.Single(card.Body.OfType<CardText>(), t => t.Style == TextStyle.Warning).Text;
}
