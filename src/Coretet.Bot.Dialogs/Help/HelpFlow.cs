using Coretet.Bot.Dialogs.Routing;
using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;

namespace Coretet.Bot.Dialogs.Help;

/// <summary>Welcome on installation and <c>aide</c>/<c>help</c>. Owned by the router, which knows every command.</summary>
internal sealed class HelpFlow(Func<IReadOnlyList<CommandSpec>> commands) : Flow
{
    public static readonly CommandSpec Help = new("help", ["aide", "?"], ["help"], HelpTexts.HelpDescription);

    public override IReadOnlyList<CommandSpec> Commands => [Help];

    public override Task<TurnResult> OnCommandAsync(Turn turn, CommandMatch match, CancellationToken cancellationToken) =>
        Task.FromResult(TurnResult.Show(HelpCard(turn.Language)));

    public override Task<TurnResult> OnInstalledAsync(Turn turn, CancellationToken cancellationToken) =>
        Task.FromResult(TurnResult.Show(WelcomeCard(turn.Language, turn.Conversation.Kind)));

    internal CardView HelpCard(Language language)
    {
        var facts = commands()
            .Where(c => !c.Hidden)
            .Select(c => new CardFact(
                c.Arguments is null ? c.Word(language) : $"{c.Word(language)} {c.Arguments.In(language)}",
                c.Description.In(language)))
            .ToList();
        return new CardView(HelpTexts.HelpTitle.In(language), [
            new CardText(HelpTexts.HelpIntro.In(language)),
            new CardFacts(facts),
        ], []) { Key = "help" };
    }

    /// <summary>The welcome; in a 1:1 chat it also says how to get into an alliance (one is never created there).</summary>
    internal static CardView WelcomeCard(Language language, ConversationKind where)
    {
        List<CardElement> elements =
        [
            new CardText(HelpTexts.WelcomeAlliance.In(language)),
            new CardList(HelpTexts.WelcomeWhatHeading.In(language), HelpTexts.WelcomeWhat.Select(t => t.In(language)).ToList()),
            new CardText(HelpTexts.WelcomeStart.In(language), TextStyle.Emphasis),
        ];
        if (where == ConversationKind.Personal)
            elements.Add(new CardText(HelpTexts.WelcomePersonalNoAllianceYet.In(language)));
        return new CardView(HelpTexts.WelcomeTitle.In(language), elements, []) { Key = "welcome" };
    }
}
