using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Tests.Slack.Support;

/// <summary>
/// A test flow that exercises the adapter's surface: a form (modal or input blocks), an echo of what a card action
/// carried and who sent it, an update of the clicked card, a direct message, and literal user text.
/// </summary>
internal sealed class EchoFlow : Flow
{
    public static readonly CommandSpec Form = new("form", "formulaire", "form", new LocalizedText("formulaire", "form"));
    public static readonly CommandSpec Echo = new("echo", "repete", "echo", new LocalizedText("répète", "echo"));
    public static readonly CommandSpec Direct = new("dm", "prive", "dm", new LocalizedText("privé", "dm"));
    public static readonly CommandSpec Shared = new("card", "carte", "card", new LocalizedText("carte", "card"));

    private int bumps;

    public List<Turn> Turns { get; } = [];

    public override IReadOnlyList<CommandSpec> Commands => [Form, Echo, Direct, Shared];

    public override IReadOnlyList<string> Verbs => ["echo.submit", "echo.update", "echo.bump"];

    public override Task<TurnResult> OnCommandAsync(Turn turn, CommandMatch match, CancellationToken cancellationToken)
    {
        lock (Turns)
            Turns.Add(turn);
        return Task.FromResult(match.Command.Name switch
        {
            "form" => TurnResult.Show(FormCard(turn.Language)),
            "dm" => TurnResult.Of(new Reply(new MessageView("psst"), new DirectTarget(turn.From))),
            "card" => TurnResult.Show(SharedCard(turn.Language, Volatile.Read(ref bumps))),
            _ => TurnResult.Show(new CardView("Echo", new CardText(match.Arguments) { Literal = true })),
        });
    }

    public override Task<TurnResult> OnActionAsync(Turn turn, CardAction action, CancellationToken cancellationToken)
    {
        lock (Turns)
            Turns.Add(turn);
        if (action.Verb == "echo.bump")
        {
            var count = Interlocked.Increment(ref bumps);
            return Task.FromResult(TurnResult.Nothing.WithRefresh(new CardRefresh("echo:shared", language => SharedCard(language, count))));
        }

        if (action.Verb == "echo.update")
            return Task.FromResult(TurnResult.Of(new Reply(new CardView("Updated", new CardText("done")) { Key = "echo:1" }, ReplyTarget.ClickedCard)));
        var data = string.Join(' ', action.Data.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => $"{d.Key}={d.Value}"));
        return Task.FromResult(TurnResult.Text($"{action.Verb} by {turn.From.Id}: {data}"));
    }

    /// <summary>A keyed card that many places show; "+1" refreshes every posting of it.</summary>
    public static CardView SharedCard(Language language, int count) =>
        new("Compteur", [new CardText($"{(language == Language.English ? "count" : "compte")} {count}")], [new CardButton("+1", "echo.bump")])
        {
            Key = "echo:shared",
            Language = language,
        };

    public static CardView FormCard(Language language) =>
        new("Raison", [new TextInput("reason", "Pourquoi ?") { Required = true, Multiline = true }],
            [new CardButton("Envoyer", "echo.submit", new Dictionary<string, string> { ["round"] = "42" })]) { Language = language };
}
