using Coretet.Bot.Dialogs.Turns;
using Coretet.Bot.Dialogs.Views;
using T = Coretet.Bot.Dialogs.Chantiers.ChantierViewTexts;

namespace Coretet.Bot.Dialogs.Chantiers;

/// <summary>The closing message each member receives directly when no listener prompts them itself.</summary>
internal static class ChantierClosingMessage
{
    public static CardView Render(ChantierClosure closure, Language language) =>
        new(T.ClosingMessageTitle.Format(closure.Chantier.Title).In(language),
            [
                new CardText(T.ClosingMessageBy.Format(closure.ClosedBy.Name).In(language)),
                new CardText(closure.Statement) { Literal = true },
                new CardText(T.ClosingMessageQuestions.In(language), TextStyle.Emphasis),
            ],
            [])
        { Language = language };

    /// <summary>One direct message per member, in their language when the alliance knows it.</summary>
    public static TurnResult For(ChantierClosure closure, Func<string, Language> languageOf) =>
        new([.. closure.Members.Select(m => new Reply(Render(closure, languageOf(m.AllyId)), new DirectTarget(m.User)))]);
}
