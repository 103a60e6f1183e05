using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Dialogs.Texts;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Tests.BotFramework;

/// <summary>A flow for channel tests: a card with an input and buttons, a failing command, a refresh and a DM.</summary>
internal sealed class CardTestFlow : Flow
{
    public static readonly CommandSpec Card = new("test.card", "carte", "card", new LocalizedText("carte de test", "test card"));

    public static readonly CommandSpec Boom = new("test.boom", "boum", "boom", new LocalizedText("échoue", "fails"));

    public static readonly CommandSpec Refresh = new("test.refresh", "rafraichir", "refresh", new LocalizedText("rafraîchit", "refreshes"));

    public static readonly CommandSpec Dm = new("test.dm", "prive", "dm", new LocalizedText("message privé", "direct message"));

    public static readonly CommandSpec Who = new("test.who", "qui", "who", new LocalizedText("qui", "who"));

    public static readonly CommandSpec Announce = new("test.announce", "annonce", "announce", new LocalizedText("annonce", "announce"));

    public override IReadOnlyList<CommandSpec> Commands => [Card, Boom, Refresh, Dm, Who, Announce];

    public override IReadOnlyList<string> Verbs => ["test.submit", "test.cancel"];

    public static CardView Form(Language language, string title = "Formulaire") =>
        new(title, [new CardText("Dites *pourquoi*") { Literal = true }, new TextInput("reason", "Raison") { Value = "par défaut" }],
            [new CardButton("Valider", "test.submit", new Dictionary<string, string> { ["round"] = "42" }) { Style = ButtonStyle.Primary },
             new CardButton("Annuler", "test.cancel") { SubmitsInputs = false }])
        { Key = "test:form", Language = language };

    public override Task<TurnResult> OnCommandAsync(Turn turn, CommandMatch match, CancellationToken cancellationToken)
    {
        if (match.Command == Boom)
            throw new InvalidOperationException("boom");
        if (match.Command == Refresh)
            return Task.FromResult(TurnResult.Text("ok").WithRefresh(new CardRefresh("test:form", l => Form(l, "Rafraîchi " + match.Arguments))));
        if (match.Command == Dm)
            return Task.FromResult(TurnResult.Of(new Reply(new MessageView("psst " + turn.From.Name), new DirectTarget(turn.From))));
        if (match.Command == Announce)
        {
            var target = new ConversationRef(turn.Conversation.Platform, match.Arguments, ConversationKind.Channel);
            return Task.FromResult(TurnResult.Of(new Reply(Form(turn.Language, "Annonce"), new ConversationTarget(target)), Reply.Here("annoncé")));
        }

        if (match.Command == Who)
        {
            var mentions = string.Join(",", turn.Mentions.Select(m => m.Id));
            return Task.FromResult(TurnResult.Text($"text=[{turn.Text}] mentions=[{mentions}] tz=[{turn.TimeZone}] kind=[{turn.Conversation.Kind}] tenant=[{turn.Conversation.TenantId}] space=[{turn.Conversation.SpaceId}]"));
        }

        return Task.FromResult(TurnResult.Show(Form(turn.Language)));
    }

    public override Task<TurnResult> OnActionAsync(Turn turn, CardAction action, CancellationToken cancellationToken)
    {
        var summary = string.Join(";", action.Data.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => $"{d.Key}={d.Value}"));
        var done = new CardView("Reçu", new CardText(summary) { Literal = true }) { Key = "test:form", Language = turn.Language };
        return Task.FromResult(TurnResult.Of(new Reply(done, ReplyTarget.ClickedCard), Reply.Here($"{action.Verb} by {turn.From.Id}")));
    }
}
